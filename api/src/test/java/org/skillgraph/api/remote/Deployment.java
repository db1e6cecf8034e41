package org.skillgraph.api.remote;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A Neo4j in its own JVM ({@link SeparateNeo4j}: authentication, TLS required on Bolt) and two {@code
 * skillgraph serve} processes on it: {@link #bolt} over {@code bolt+s://} configured by options and started
 * with {@code --demo}, then {@link #routing} over {@code neo4j+s://} configured by environment variables
 * only. Both read the password from {@code SKILLGRAPH_NEO4J_PASSWORD} and trust the server's self-signed
 * certificate. Both nodes' clients carry the demo admin token that the first node printed.
 */
final class Deployment implements AutoCloseable {

    static final String USER = "neo4j";
    private static final Pattern READY = Pattern.compile("skillgraph ready on (http://127\\.0\\.0\\.1:\\d+)");
    private static final Pattern DEMO_ADMIN = Pattern.compile("Admin token \\(demo\\):\\s+(sgt_\\S+)");
    private static final Pattern DEMO_LEARNER = Pattern.compile("Learner token \\(demo, .*, (p-[\\w-]+)\\):");
    private static final Duration START = Duration.ofSeconds(180);

    final Path home;
    final String password = "pw-" + UUID.randomUUID();
    final SelfSignedCertificate certificate;
    final List<ChildJvm> processes = new ArrayList<>();
    int boltPort;
    ApiNode bolt;
    ApiNode routing;
    String learnerId;

    private Deployment(Path home) {
        this.home = home;
        this.certificate = SelfSignedCertificate.createIn(home.resolve("neo4j").resolve("certificates"));
    }

    static Deployment start(Path home) throws InterruptedException {
        var deployment = new Deployment(home);
        try {
            deployment.startAll();
            return deployment;
        } catch (RuntimeException | InterruptedException e) {
            deployment.close();
            throw e;
        }
    }

    private void startAll() throws InterruptedException {
        long began = System.nanoTime();
        var neo4j = launch(
                "neo4j",
                SeparateNeo4j.class,
                Map.of(SeparateNeo4j.PASSWORD_VARIABLE, password),
                List.of(home.resolve("neo4j").toString()));
        boltPort = Integer.parseInt(neo4j.await(Pattern.compile(SeparateNeo4j.READY + "(\\d+)"), START)
                .group(1));
        long neo4jReady = System.nanoTime();
        var first = serve(
                "bolt+s",
                environment(Map.of("SKILLGRAPH_NEO4J_PASSWORD", password)),
                "--neo4j-uri",
                "bolt+s://127.0.0.1:" + boltPort,
                "--neo4j-user",
                USER,
                "--neo4j-trust-cert",
                certificate.certificate().toString(),
                "--demo");
        var admin = first.await(DEMO_ADMIN, START).group(1);
        learnerId = first.await(DEMO_LEARNER, START).group(1);
        bolt = new ApiNode("bolt+s", URI.create(first.await(READY, START).group(1)), admin, first);
        long boltReady = System.nanoTime();
        var second = serve("neo4j+s", routingEnvironment(password));
        routing = new ApiNode("neo4j+s", URI.create(second.await(READY, START).group(1)), admin, second);
        System.out.printf(
                "Separate Neo4j ready in %d ms; bolt+s node with the demo %d ms later; neo4j+s node %d ms later%n",
                (neo4jReady - began) / 1_000_000,
                (boltReady - neo4jReady) / 1_000_000,
                (System.nanoTime() - boltReady) / 1_000_000);
    }

    /** The environment of the {@code neo4j+s://} node: every setting from a variable, with this password. */
    Map<String, String> routingEnvironment(String withPassword) {
        return environment(Map.of(
                "SKILLGRAPH_NEO4J_URI",
                "neo4j+s://127.0.0.1:" + boltPort,
                "SKILLGRAPH_NEO4J_USER",
                USER,
                "SKILLGRAPH_NEO4J_PASSWORD",
                withPassword,
                "SKILLGRAPH_NEO4J_TRUST_CERT",
                certificate.certificate().toString()));
    }

    /** A {@code skillgraph serve} on a free port, its store directory unused but its own. */
    ChildJvm serve(String name, Map<String, String> env, String... options) {
        var args = new ArrayList<>(
                List.of("serve", "--port", "0", "--data-dir", home.resolve(name).toString()));
        args.addAll(List.of(options));
        return launch(name, ServeWhileInputOpen.class, env, args);
    }

    private ChildJvm launch(String name, Class<?> main, Map<String, String> env, List<String> args) {
        var process = ChildJvm.start(name, main, env, args, home);
        processes.add(process);
        return process;
    }

    /** The variables {@code serve} reads: the given ones set, every other inherited one unset. */
    static Map<String, String> environment(Map<String, String> set) {
        var env = new HashMap<String, String>();
        System.getenv().keySet().stream()
                .filter(name -> name.startsWith("SKILLGRAPH_"))
                .forEach(name -> env.put(name, null));
        env.putAll(set);
        return env;
    }

    /** Stops the API nodes first, then Neo4j. */
    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).close();
        }
    }
}
