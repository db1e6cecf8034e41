package org.skillgraph.api.remote;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.configuration.ssl.ClientAuth;
import org.neo4j.configuration.ssl.SslPolicyConfig;
import org.neo4j.configuration.ssl.SslPolicyScope;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * A Neo4j server for {@link RemoteNeo4jIT}, run as its own JVM: authentication on, Bolt on 127.0.0.1 with
 * TLS required, the certificate and key of {@code <home>/certificates}. The password of the user {@code
 * neo4j} comes from {@value #PASSWORD_VARIABLE}. Prints {@value #READY} and the Bolt port once it accepts
 * connections, and stops when its standard input closes, so it cannot outlive the test JVM.
 */
public final class SeparateNeo4j {

    static final String PASSWORD_VARIABLE = "TEST_NEO4J_PASSWORD";
    static final String READY = "BOLT_PORT=";

    private SeparateNeo4j() {}

    public static void main(String[] args) throws IOException {
        var home = Path.of(args[0]);
        int port = freePort();
        var tls = SslPolicyConfig.forScope(SslPolicyScope.BOLT);
        var certificates = home.resolve("certificates");
        Files.createDirectories(certificates.resolve("trusted"));
        Files.createDirectories(certificates.resolve("revoked"));
        var service = new DatabaseManagementServiceBuilder(home.resolve("store"))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.REQUIRED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
                .setConfig(tls.enabled, true)
                .setConfig(tls.base_directory, certificates)
                .setConfig(tls.private_key, certificates.resolve(SelfSignedCertificate.PRIVATE_KEY_FILE))
                .setConfig(tls.public_certificate, certificates.resolve(SelfSignedCertificate.CERTIFICATE_FILE))
                .setConfig(tls.client_auth, ClientAuth.NONE)
                .build();
        // The embedded API runs with full rights, so it can set the first password as neo4j-admin would.
        service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                .executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                        Map.of("password", System.getenv(PASSWORD_VARIABLE)));
        System.out.println(READY + port);
        System.out.flush();
        while (System.in.read() != -1) {
            // Wait for the parent to close the pipe (or to die, which closes it too).
        }
        service.shutdown();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
