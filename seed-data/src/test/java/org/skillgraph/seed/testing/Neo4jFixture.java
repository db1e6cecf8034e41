package org.skillgraph.seed.testing;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.skillgraph.cypher.Schema;
import org.skillgraph.seed.DemoOrganisation;
import org.skillgraph.seed.bundle.BundleImporter;
import org.skillgraph.seed.bundle.ImportProgress;

/**
 * One in-process Neo4j (Neo4j Harness) per test JVM, shared by every integration test. Tests call
 * {@link #reset()} for an empty graph with the schema, or {@link #useDemo()} for the demo organisation,
 * loaded through the production importer (dated as on its anchor day) and reloaded only when the graph changed since (API tokens and
 * audit events, which tests write all the time, do not count as a change).
 */
public final class Neo4jFixture {

    private static final class Holder {
        static final Neo4jFixture INSTANCE = new Neo4jFixture();
    }

    /**
     * Tests load the demo as on its anchor day, so a test's fixed "today" (the anchor) sees its dates as
     * written in the bundle.
     */
    public static final java.time.Clock ANCHOR_CLOCK = java.time.Clock.fixed(
            DemoOrganisation.ANCHOR.atStartOfDay().toInstant(java.time.ZoneOffset.UTC), java.time.ZoneOffset.UTC);

    private final Neo4j neo4j;
    private final Driver driver;
    private Fingerprint demoFingerprint;

    private Neo4jFixture() {
        neo4j = Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                // Tests empty and refill the graph constantly; without this Neo4j would re-plan every
                // statement after each reset because the statistics changed, which dominates test time.
                .withConfig(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofHours(1))
                .build();
        driver = GraphDatabase.driver(
                neo4j.boltURI(),
                AuthTokens.none(),
                Config.builder().withoutEncryption().build());
        driver.verifyConnectivity();
        applySchema();
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "neo4j-fixture-shutdown"));
    }

    /** The shared database, started on first use. */
    public static Neo4jFixture get() {
        return Holder.INSTANCE;
    }

    public Driver driver() {
        return driver;
    }

    public URI boltUri() {
        return neo4j.boltURI();
    }

    public SessionConfig sessionConfig() {
        return SessionConfig.forDatabase("neo4j");
    }

    /** An importer bound to this database, as production builds it. */
    public BundleImporter importer() {
        return new BundleImporter(driver, sessionConfig(), Duration.ofMinutes(5));
    }

    /** Empties the graph and (re)applies the schema. */
    public synchronized void reset() {
        try (var s = driver.session(sessionConfig())) {
            s.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")
                    .consume();
        }
        applySchema();
        // API nodes cache curriculum snapshots by graph version, and versions repeat after a reset: whoever holds
        // such caches across tests forgets them here, so no test is handed the previous graph's snapshot.
        resetListeners.forEach(Runnable::run);
        demoFingerprint = null;
    }

    private final List<Runnable> resetListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Runs {@code listener} after every reset and after the demo is loaded into the emptied graph, e.g. to drop
     * caches keyed by the graph version and catch up at once with what the fixture wrote.
     */
    public void onReset(Runnable listener) {
        resetListeners.add(listener);
    }

    /** Ensures the graph holds exactly the demo organisation. */
    public synchronized void useDemo() {
        if (demoFingerprint != null && demoFingerprint.equals(fingerprint())) {
            return;
        }
        reset();
        DemoOrganisation.load(importer(), ImportProgress.none(), ANCHOR_CLOCK);
        // As after a write through an API node: the listeners' nodes catch up now instead of at their next poll.
        resetListeners.forEach(Runnable::run);
        demoFingerprint = fingerprint();
    }

    /** Runs a statement and returns the first column of each row, for assertions. */
    public List<Object> query(String cypher, java.util.Map<String, Object> parameters) {
        try (var s = driver.session(sessionConfig())) {
            return s.run(cypher, parameters).list(r -> r.get(0).asObject());
        }
    }

    private void applySchema() {
        try (var s = driver.session(sessionConfig())) {
            for (var statement : Schema.statements()) {
                s.run(statement).consume();
            }
            s.run("CALL db.awaitIndexes(60)").consume();
        }
    }

    /**
     * Nodes of the model: API tokens and audit events, which tests write all the time, and the change feed's
     * entries, which every people write appends (even one that leaves the model as it was), are left out.
     */
    private static final String MODEL_NODES =
            "MATCH (n) WHERE NOT n:ApiToken AND NOT n:AuditEvent AND NOT n:Change AND NOT n:ChangeFeed"
                    + " AND NOT n:MentoringKey RETURN count(n) AS nodes";

    /**
     * How many nodes of the model the graph holds (tokens, audit events and the key that seals coaching request
     * handles, made on a learner's first ranking read, not counted).
     */
    public long modelNodeCount() {
        return (Long) query(MODEL_NODES, java.util.Map.of()).get(0);
    }

    /**
     * What tells one state of the model from another: the curriculum version, the node and relationship
     * counts (tokens and audit events left out, as the tests' own requests write them), and, because people's
     * writes leave the version alone and may change no count, the sum of held levels and the active pairs.
     */
    public Fingerprint fingerprint() {
        try (var s = driver.session(sessionConfig())) {
            var r = s.run("OPTIONAL MATCH (m:Meta {id: 'meta'}) "
                            + "CALL () { " + MODEL_NODES + " } "
                            + "CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } "
                            + "CALL () { MATCH ()-[h:HOLDS]->() RETURN coalesce(sum(h.level), 0) AS levels } "
                            + "CALL () { MATCH ()-[c:COACHES]->() WHERE c.endedAt IS NULL RETURN count(c) AS pairs } "
                            + "RETURN coalesce(m.version, -1) AS version, nodes, rels, levels, pairs")
                    .single();
            return new Fingerprint(
                    r.get("version").asLong(),
                    r.get("nodes").asLong(),
                    r.get("rels").asLong(),
                    r.get("levels").asLong(),
                    r.get("pairs").asLong());
        }
    }

    private void close() {
        driver.close();
        neo4j.close();
    }

    /** See {@link #fingerprint()}. */
    public record Fingerprint(long version, long nodes, long relationships, long heldLevels, long activePairs) {}
}
