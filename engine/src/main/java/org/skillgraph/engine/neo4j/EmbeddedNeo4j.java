package org.skillgraph.engine.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.skillgraph.engine.neo4j.credentials.PasswordFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j 5.26 running inside the skillgraph process with a persistent store, reachable only over Bolt
 * on the loopback interface, with authentication: the {@code neo4j} user's password is generated on the first
 * start (of a new store, or of an older store that ran without authentication) and kept in {@value
 * #PASSWORD_FILE} in the store's directory, readable by its owner only. Other local users can reach the port
 * but neither read token hashes nor write the graph through it. The engine then talks to it with the driver,
 * exactly as it would to a server, so there is one code path for both.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    private static final String LOOPBACK = "127.0.0.1";

    /** The file in the store's directory that holds the Bolt password. */
    public static final String PASSWORD_FILE = "bolt-password";

    /** The user the engine connects as. */
    public static final String USER = "neo4j";

    private final DatabaseManagementService service;
    private final URI boltUri;
    private final String password;

    private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri, String password) {
        this.service = service;
        this.boltUri = boltUri;
        this.password = password;
    }

    /**
     * Starts Neo4j with its store under {@code dataDir}. Bolt listens on {@code 127.0.0.1:boltPort}
     * ({@code 0} picks a free port) and asks for the password in {@code dataDir}/{@value #PASSWORD_FILE}.
     */
    public static EmbeddedNeo4j start(Path dataDir, int boltPort, long pageCacheBytes) {
        int port = boltPort == 0 ? freePort() : boltPort;
        long began = System.nanoTime();
        var service = new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(LOOPBACK, port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                .build();
        String password;
        try {
            password = PasswordFile.readOrCreate(dataDir.resolve(PASSWORD_FILE), p -> setPassword(service, p));
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
        }
        var uri = URI.create("bolt://" + LOOPBACK + ":" + port);
        LOG.info(
                "Embedded Neo4j started in {} ms, store {}, Bolt {}",
                (System.nanoTime() - began) / 1_000_000,
                dataDir.toAbsolutePath(),
                uri);
        return new EmbeddedNeo4j(service, uri, password);
    }

    /** Makes {@code password} the {@code neo4j} user's, through the in-process API, which needs no login. */
    private static void setPassword(DatabaseManagementService service, String password) {
        service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                .executeTransactionally(
                        "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
                        Map.of("password", password));
        LOG.info(
                "Generated the Bolt password of the embedded Neo4j (kept in {}, readable by its owner only)",
                PASSWORD_FILE);
    }

    public URI boltUri() {
        return boltUri;
    }

    /** How the engine reaches this database: its Bolt address, with the user and the generated password. */
    public Neo4jSettings settings() {
        return new Neo4jSettings(
                boltUri, USER, password, Neo4jSettings.DEFAULT_DATABASE, Neo4jSettings.DEFAULT_QUERY_TIMEOUT);
    }

    /** Closes the store cleanly: every committed transaction is on disk afterwards. */
    @Override
    public void close() {
        service.shutdown();
        LOG.info("Embedded Neo4j stopped");
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded Bolt connector", e);
        }
    }
}
