package org.skillgraph.api.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code --neo4j-uri} path against a Neo4j in another JVM with authentication and TLS required on
 * Bolt: two {@code skillgraph serve} processes, one over {@code bolt+s://} configured by options, one over
 * {@code neo4j+s://} configured by environment variables only, both with the password from {@code
 * SKILLGRAPH_NEO4J_PASSWORD} and trusting the server's self-signed certificate through the trust option.
 */
class RemoteNeo4jIT {

    private static final String PASSWORD = "pw-" + UUID.randomUUID();
    private static final Pattern READY = Pattern.compile("skillgraph ready on (http://127\\.0\\.0\\.1:\\d+)");
    private static final Pattern DEMO_ADMIN = Pattern.compile("Admin token \\(demo\\):\\s+(sgt_\\S+)");
    private static final Duration START = Duration.ofSeconds(120);

    @TempDir
    static Path home;

    static SelfSignedCertificate certificate;
    static ChildJvm neo4j;
    static int boltPort;
    static ApiNode bolt;
    static ApiNode routing;

    @BeforeAll
    static void start() throws InterruptedException {
        long began = System.nanoTime();
        certificate = SelfSignedCertificate.createIn(home.resolve("neo4j").resolve("certificates"));
        neo4j = ChildJvm.start(
                "neo4j",
                SeparateNeo4j.class,
                Map.of(SeparateNeo4j.PASSWORD_VARIABLE, PASSWORD),
                List.of(home.resolve("neo4j").toString()),
                home);
        boltPort = Integer.parseInt(neo4j.await(Pattern.compile(SeparateNeo4j.READY + "(\\d+)"), START)
                .group(1));
        long neo4jReady = System.nanoTime();
        var boltProcess = serve(
                "bolt+s",
                environment(Map.of("SKILLGRAPH_NEO4J_PASSWORD", PASSWORD)),
                "--neo4j-uri",
                "bolt+s://127.0.0.1:" + boltPort,
                "--neo4j-user",
                "neo4j",
                "--neo4j-trust-cert",
                certificate.certificate().toString(),
                "--demo");
        var boltUrl = boltProcess.await(READY, START).group(1);
        var admin = boltProcess.await(DEMO_ADMIN, START).group(1);
        bolt = new ApiNode("bolt+s", URI.create(boltUrl), admin, boltProcess);
        long boltReady = System.nanoTime();
        var routingProcess = serve(
                "neo4j+s",
                environment(Map.of(
                        "SKILLGRAPH_NEO4J_URI",
                        "neo4j+s://127.0.0.1:" + boltPort,
                        "SKILLGRAPH_NEO4J_USER",
                        "neo4j",
                        "SKILLGRAPH_NEO4J_PASSWORD",
                        PASSWORD,
                        "SKILLGRAPH_NEO4J_TRUST_CERT",
                        certificate.certificate().toString())));
        routing = new ApiNode(
                "neo4j+s", URI.create(routingProcess.await(READY, START).group(1)), admin, routingProcess);
        System.out.printf(
                "Separate Neo4j ready in %d ms, bolt+s node %d ms later, neo4j+s node %d ms after that%n",
                (neo4jReady - began) / 1_000_000,
                (boltReady - neo4jReady) / 1_000_000,
                (System.nanoTime() - boltReady) / 1_000_000);
    }

    @AfterAll
    static void stop() {
        for (var node : new ApiNode[] {routing, bolt}) {
            if (node != null) {
                node.process().close();
            }
        }
        if (neo4j != null) {
            neo4j.close();
        }
    }

    @Test
    void shouldAnswerGapsOverBothSchemes() {
        assertThat(bolt.get("/api/v1/people/p-042/gap").status()).isEqualTo(200);
        assertThat(routing.get("/api/v1/people/p-042/gap").status()).isEqualTo(200);
    }

    /** A {@code skillgraph serve} on a free port; {@code env} replaces every inherited skillgraph variable. */
    static ChildJvm serve(String name, Map<String, String> env, String... options) {
        var args = new java.util.ArrayList<>(
                List.of("serve", "--port", "0", "--data-dir", home.resolve(name).toString()));
        args.addAll(List.of(options));
        return ChildJvm.start(name, ServeWhileInputOpen.class, env, args, home);
    }

    /** The variables {@code serve} reads: the given ones set, every other one unset. */
    static Map<String, String> environment(Map<String, String> set) {
        var env = new HashMap<String, String>();
        System.getenv().keySet().stream()
                .filter(k -> k.startsWith("SKILLGRAPH_"))
                .forEach(k -> env.put(k, null));
        env.putAll(set);
        return env;
    }
}
