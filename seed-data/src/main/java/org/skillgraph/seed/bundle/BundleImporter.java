package org.skillgraph.seed.bundle;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.summary.SummaryCounters;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.cypher.UpsertQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a bundle: everything is checked first (schema, references, cycles) and every problem is
 * reported; only a clean bundle is written, in one transaction of batched {@code UNWIND … MERGE}
 * statements, so a failure leaves the graph as it was. Re-importing the same bundle changes nothing, not even
 * {@code Meta.version}: the version moves only when the bundle differs from the last one imported, or a write
 * moved the version since (see {@code write/import-version}).
 *
 * <p>The write transaction locks the {@code Meta} node first, which takes the write lock of the one
 * {@code Meta} node that every curriculum and person edit also takes first, and only then checks the
 * bundle against the graph: no edit can slip between the check and the write (a prerequisite that closes
 * a cycle with the bundle's, a referenced skill deleted), on one server or a cluster.
 */
public final class BundleImporter {

    /** Rows per statement: large enough to amortise round trips, small enough to keep each plan cheap. */
    static final int BATCH_SIZE = 5_000;

    private static final Logger LOG = LoggerFactory.getLogger(BundleImporter.class);

    private final Driver driver;
    private final SessionConfig session;
    private final Duration timeout;
    private final BundleReader reader;

    public BundleImporter(Driver driver, SessionConfig session, Duration timeout) {
        this.driver = driver;
        this.session = session;
        this.timeout = timeout;
        this.reader = new BundleReader();
    }

    /** Parses, checks and writes the bundle in {@code json}; every problem is reported in one answer. */
    public ImportReport importBundle(InputStream json, ImportProgress progress) {
        long start = System.nanoTime();
        var read = reader.readAll(json);
        return translated(() -> write(read.bundle(), read.problems(), progress, start));
    }

    /** Checks and writes an already parsed bundle (the schema is not re-applied). */
    public ImportReport importBundle(Bundle bundle, ImportProgress progress) {
        return translated(() -> write(bundle, List.of(), progress, System.nanoTime()));
    }

    /**
     * Checks the bundle in {@code json} as an import would and reports what it would change, writing
     * nothing: the import runs in a transaction that is rolled back. A refused bundle throws as an import does.
     */
    public DryRunReport dryRun(InputStream json) {
        long start = System.nanoTime();
        var read = reader.readAll(json);
        return translated(() -> rehearse(read.bundle(), read.problems(), start));
    }

    /** Like {@link #dryRun(InputStream)} for an already parsed bundle (a format importer's mapping). */
    public DryRunReport dryRun(Bundle bundle) {
        return translated(() -> rehearse(bundle, List.of(), System.nanoTime()));
    }

    /**
     * Runs one parameterised write statement in a transaction of its own: for data the bundle format does not carry,
     * such as the demo organisation's mentoring history.
     */
    public void applyStatement(String statement, java.util.Map<String, Object> parameters) {
        translated(() -> {
            try (var s = driver.session(session)) {
                return s.executeWrite(tx -> tx.run(statement, parameters).consume());
            }
        });
    }

    /** Driver outages leave as {@link GraphUnreachableException}, which the API answers with 503. */
    public static <T> T translated(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (org.neo4j.driver.exceptions.Neo4jException e) {
            if (GraphUnreachableException.isOutage(e)) {
                throw new GraphUnreachableException(e);
            }
            throw e;
        }
    }

    private ImportReport write(Bundle given, List<BundleProblem> schemaProblems, ImportProgress progress, long start) {
        try (var s = driver.session(session)) {
            return s.executeWrite(
                    tx -> {
                        var checked = lockAndCheck(tx, given, schemaProblems);
                        var bundle = checked.bundle();
                        var counts = apply(tx, bundle, progress);
                        touchPeople(tx, bundle);
                        // A new version (and, with people, org chart version) unless this very bundle was the last
                        // one imported and nothing was written since: an identical re-import changes nothing.
                        long version = tx.run(
                                        CypherResources.statement("write/import-version"),
                                        Map.of(
                                                "digest",
                                                BundleDigest.of(bundle),
                                                "people",
                                                !bundle.people().isEmpty()))
                                .single()
                                .get("version")
                                .asLong();
                        if (version != checked.version()) {
                            // Only an import that changed something marks its frameworks as changed.
                            tx.run(
                                            CypherResources.statement("write/framework-touch"),
                                            Map.of("rows", FrameworkRows.touched(bundle)))
                                    .consume();
                        }
                        return new ImportReport(
                                entityCounts(bundle),
                                counts.nodes,
                                counts.relationships,
                                counts.deleted,
                                counts.properties,
                                version,
                                Duration.ofNanos(System.nanoTime() - start));
                    },
                    config());
        }
    }

    /** Marks the people of the bundle (and the learners their coaching pairs name) as having new metric inputs. */
    private static void touchPeople(SimpleQueryRunner tx, Bundle bundle) {
        var ids = new java.util.TreeSet<String>();
        for (var p : bundle.people()) {
            ids.add(p.id());
            p.coaches().forEach(c -> ids.add(c.learner()));
        }
        if (!ids.isEmpty()) {
            tx.run(CypherResources.statement("write/person-facts-touch"), Map.of("people", List.copyOf(ids)))
                    .consume();
        }
    }

    private DryRunReport rehearse(Bundle given, List<BundleProblem> schemaProblems, long start) {
        try (var s = driver.session(session);
                var tx = s.beginTransaction(config())) {
            var checked = lockAndCheck(tx, given, schemaProblems);
            var bundle = checked.bundle();
            long version = checked.version();
            var kinds = EntityStates.kinds(bundle);
            var before = EntityStates.read(tx, kinds);
            apply(tx, bundle, ImportProgress.none());
            var after = EntityStates.read(tx, kinds);
            tx.rollback();
            return new DryRunReport(
                    EntityStates.compare(kinds, before, after), version, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private TransactionConfig config() {
        return TransactionConfig.builder()
                .withTimeout(timeout)
                .withMetadata(Map.of("app", "skillgraph-import"))
                .build();
    }

    /** The checked bundle, its scale values mapped onto levels, and the graph's version before the import. */
    private record Checked(Bundle bundle, long version) {}

    /**
     * Takes the Meta lock (see the class comment), then runs every check and maps scale values onto levels; throws
     * with the schema's problems and the checks' together.
     */
    private static Checked lockAndCheck(SimpleQueryRunner tx, Bundle given, List<BundleProblem> schemaProblems) {
        tx.run(CypherResources.statement("write/meta-lock")).consume();
        long version = tx.run(CypherResources.statement("read/meta-version"))
                .single()
                .get("version")
                .asLong();
        long checking = System.nanoTime();
        var lookup = new TxLookup(tx);
        var problems = BundleProblems.merged(schemaProblems, new BundleChecker(lookup).check(given));
        var scaled = problems.isEmpty() ? ScaleLevels.resolve(given, lookup) : null;
        if (scaled != null) {
            problems = BundleProblems.merged(problems, scaled.problems());
        }
        LOG.debug("Bundle checked in {} ms", (System.nanoTime() - checking) / 1_000_000);
        if (!problems.isEmpty()) {
            throw new BundleValidationException(problems);
        }
        return new Checked(scaled.bundle(), version);
    }

    private static Counts apply(SimpleQueryRunner tx, Bundle bundle, ImportProgress progress) {
        var batches = BundleRows.of(bundle);
        long total = batches.stream().mapToLong(b -> b.rows().size()).sum();
        var counts = new Counts();
        long done = 0;
        for (var batch : batches) {
            for (int from = 0; from < batch.rows().size(); from += BATCH_SIZE) {
                var rows = batch.rows().subList(from, Math.min(batch.rows().size(), from + BATCH_SIZE));
                long began = System.nanoTime();
                counts.add(tx.run(batch.statement(), Map.of("rows", rows))
                        .consume()
                        .counters());
                LOG.debug("{}: {} rows in {} ms", batch.label(), rows.size(), (System.nanoTime() - began) / 1_000_000);
                done += rows.size();
                progress.update(batch.label(), done, total);
            }
        }
        return counts;
    }

    private static Map<String, Integer> entityCounts(Bundle b) {
        var counts = new LinkedHashMap<String, Integer>();
        counts.put("topics", b.topics().size());
        counts.put("skills", b.skills().size());
        counts.put("roles", b.roles().size());
        counts.put("modules", b.modules().size());
        counts.put("people", b.people().size());
        counts.put("cohorts", b.cohorts().size());
        counts.put("badges", b.badges().size());
        counts.put("frameworks", b.frameworks().size());
        return counts;
    }

    private static final class Counts {
        int nodes;
        int relationships;
        int deleted;
        int properties;

        void add(SummaryCounters c) {
            nodes += c.nodesCreated();
            relationships += c.relationshipsCreated();
            deleted += c.relationshipsDeleted();
            properties += c.propertiesSet();
        }
    }

    /** Answers the checker's questions about the graph with one statement per label, in the caller's transaction. */
    private record TxLookup(SimpleQueryRunner tx) implements GraphLookup {

        @Override
        public Set<String> existing(String label, Set<String> ids) {
            return new HashSet<>(tx.run(UpsertQueries.existingIds(label), Map.of("ids", List.copyOf(ids)))
                    .list(r -> r.get("id").asString()));
        }

        @Override
        public Map<String, String> frameworksOf(Set<String> skills) {
            var found = new java.util.HashMap<String, String>();
            tx.run(CypherResources.statement("read/skill-frameworks"), Map.of("ids", List.copyOf(skills)))
                    .forEachRemaining(r ->
                            found.put(r.get("id").asString(), r.get("framework").asString()));
            return found;
        }

        @Override
        public Map<String, Bundle.Scale> scales(Set<String> frameworks) {
            var found = new java.util.HashMap<String, Bundle.Scale>();
            tx.run(CypherResources.statement("read/framework-scales"), Map.of("ids", List.copyOf(frameworks)))
                    .forEachRemaining(r -> found.put(r.get("id").asString(), StoredScale.of(r)));
            return found;
        }

        @Override
        public Map<String, Set<String>> holders(Set<String> ids) {
            var holders = new HashMap<String, Set<String>>();
            tx.run(CypherResources.statement("read/id-holders"), Map.of("ids", List.copyOf(ids)))
                    .list()
                    .forEach(r -> holders.computeIfAbsent(r.get("id").asString(), id -> new HashSet<>())
                            .add(r.get("label").asString()));
            return holders;
        }

        @Override
        public Map<String, String> externalIdHolders(Set<String> ids) {
            var found = new HashMap<String, String>();
            tx.run(CypherResources.statement("xapi/actors"), Map.of("keys", List.copyOf(ids)))
                    .forEachRemaining(r ->
                            found.put(r.get("key").asString(), r.get("personId").asString()));
            return found;
        }

        @Override
        public Map<String, String> activityIdHolders(Set<String> ids) {
            var found = new HashMap<String, String>();
            tx.run(CypherResources.statement("xapi/activities"), Map.of("activities", List.copyOf(ids)))
                    .forEachRemaining(r -> found.put(
                            r.get("activity").asString(), r.get("moduleId").asString()));
            return found;
        }

        @Override
        public Map<String, String> skillActivityIdHolders(Set<String> ids) {
            var found = new HashMap<String, String>();
            tx.run(CypherResources.statement("xapi/skill-activities"), Map.of("activities", List.copyOf(ids)))
                    .forEachRemaining(r -> found.put(
                            r.get("activity").asString(), r.get("skillId").asString()));
            return found;
        }

        @Override
        public List<List<String>> prerequisiteEdges() {
            return new ArrayList<>(tx.run(CypherResources.statement("read/prerequisite-edges"))
                    .list(r -> List.of(r.get("from").asString(), r.get("to").asString())));
        }
    }
}
