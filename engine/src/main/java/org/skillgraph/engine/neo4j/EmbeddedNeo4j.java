package org.skillgraph.engine.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j 5.26 running inside the skillgraph process with a persistent store, reachable only over Bolt
 * on the loopback interface. The engine then talks to it with the driver, exactly as it would to a
 * server, so there is one code path for both.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    private static final String LOOPBACK = "127.0.0.1";

    private final DatabaseManagementService service;
    private final URI boltUri;

    private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri) {
        this.service = service;
        this.boltUri = boltUri;
    }

    /**
     * Starts Neo4j with its store under {@code dataDir}. Bolt listens on {@code 127.0.0.1:boltPort}
     * ({@code 0} picks a free port). Authentication is off because nothing but this machine can connect.
     */
    public static EmbeddedNeo4j start(Path dataDir, int boltPort, long pageCacheBytes) {
        int port = boltPort == 0 ? freePort() : boltPort;
        long began = System.nanoTime();
        var service = new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(LOOPBACK, port))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                .build();
        var uri = URI.create("bolt://" + LOOPBACK + ":" + port);
        LOG.info(
                "Embedded Neo4j started in {} ms, store {}, Bolt {}",
                (System.nanoTime() - began) / 1_000_000,
                dataDir.toAbsolutePath(),
                uri);
        return new EmbeddedNeo4j(service, uri);
    }

    public URI boltUri() {
        return boltUri;
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
