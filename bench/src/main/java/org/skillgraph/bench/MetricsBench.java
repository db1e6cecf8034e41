package org.skillgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.skillgraph.api.app.Skillgraph;
import org.skillgraph.seed.bundle.Bundle;
import org.skillgraph.seed.bundle.ImportProgress;

/**
 * The measurement endpoints at scale over HTTP: the coaching organisation (ESCO-scale curriculum, 50,000
 * people, 600,000 held skills) with dated history ({@link SyntheticHistory}); every metric on everyone, on the
 * 1,000-person cohort and on the most targeted role, and the segments of that cohort and role. One client,
 * closed loop: a learning designer waiting for one answer.
 */
final class MetricsBench {

    static final String NOTE = "One client, closed loop, after a warm-up of at least one request per endpoint; "
            + "slow endpoints have few samples, so their p99 is close to their maximum. Heap figures are the used "
            + "heap after a full GC (the embedded Neo4j's heap included); peak is the sum of the heap pools' peaks "
            + "while the endpoint ran, an upper bound.";

    /** People per history import. */
    static final int CHUNK = 5_000;

    private MetricsBench() {}

    /** The endpoint rows and the figures (sizes, heap). */
    record Run(List<LoadDriver.Result> rows, Map<String, Object> figures) {}

    static Run run(Duration warmUp, Duration measure) throws Exception {
        var bundle = new SyntheticOrganisation(42, SyntheticOrganisation.COACHING, true).generate();
        var role = mostTargeted(bundle);
        // -Dbench.metrics.store=<dir> keeps and reuses the store (for profiling); reported figures use a fresh one.
        var kept = System.getProperty("bench.metrics.store");
        var dir = kept != null
                ? Files.createDirectories(Path.of(kept))
                : Files.createTempDirectory("skillgraph-metrics-bench");
        var only = System.getProperty("bench.metrics.only", "");
        var figures = new LinkedHashMap<String, Object>();
        var rows = new ArrayList<LoadDriver.Result>();
        try (var skillgraph = Skillgraph.embedded(dir, 0, 1024L * 1024 * 1024)) {
            sizes(bundle, role, figures);
            figures.put("load average at the start", loadAverage());
            if (skillgraph.isEmpty()) {
                figures.put("importSeconds", load(skillgraph, bundle));
            } else {
                figures.put("importSeconds", "reused store");
            }
            var api = BenchServer.start(skillgraph, BenchServer.NO_RATE_LIMIT, "benchmark");
            var server = api.server();
            var token = api.token();
            try {
                figures.put("heapAfterGcBeforeMiB", heapAfterGc());
                var driver = new LoadDriver(warmUp, measure, token, Duration.ofMinutes(10));
                var base = "http://127.0.0.1:" + server.port() + "/api/v1";
                for (var e : endpoints(role).entrySet()) {
                    if (!e.getKey().matches(".*(" + (only.isEmpty() ? "" : only) + ").*")) {
                        continue;
                    }
                    resetPeaks();
                    var uri = URI.create(base + e.getValue());
                    // Before the warm-up: the first request after the start keeps nothing yet (every history
                    // read and replayed, every route planned), the work each request did before facts were kept.
                    long cpu = cpuNanos();
                    figures.put("first request ms " + e.getKey(), Math.round(driver.once(uri)));
                    figures.put("first request CPU ms " + e.getKey(), Math.round((cpuNanos() - cpu) / 1e6));
                    var row = driver.runCpu(e.getKey(), 1, i -> uri);
                    rows.add(row.result());
                    figures.put("CPU ms per request " + e.getKey(), Math.round(row.cpuMsPerRequest() * 10) / 10.0);
                    System.out.printf(
                            "%s: p50 %.0f ms, %d requests, %.1f CPU ms a request%n",
                            e.getKey(), row.result().p50(), row.result().requests(), row.cpuMsPerRequest());
                    figures.put("peakHeapMiB " + e.getKey(), peakHeap());
                }
                figures.put("heapAfterGcAfterMiB", heapAfterGc());
                afterChanges(skillgraph, driver, base, figures);
                try {
                    figures.putAll(PopulationReads.compare(skillgraph.graph(), role, 3));
                } catch (org.skillgraph.engine.error.GraphUnavailableException timedOut) {
                    // The whole-history read of everyone (the old way) can pass the 30 s query timeout on a loaded
                    // machine: say so and keep the endpoint figures above instead of losing the report.
                    figures.put(
                            "population reads (before / after side by side)",
                            "not measured: " + timedOut.getMessage() + " (load average " + loadAverage() + ")");
                }
            } finally {
                server.stop();
            }
        } finally {
            if (kept == null) {
                deleteAll(dir);
            }
        }
        return new Run(rows, figures);
    }

    /**
     * Imports the organisation, then the people's history in bundles of {@value #CHUNK} people: in the one
     * transaction of a single bundle, 50,000 people with history overran the 4 GiB transaction limit.
     */
    private static double load(Skillgraph skillgraph, Bundle bundle) {
        long began = System.nanoTime();
        var bare = bundle.people().stream()
                .map(p -> p.withHistory(List.of(), List.of(), List.of(), List.of(), List.of()))
                .toList();
        skillgraph
                .importer()
                .importBundle(
                        new Bundle(
                                bundle.topics(),
                                bundle.skills(),
                                bundle.roles(),
                                bundle.modules(),
                                bare,
                                bundle.cohorts(),
                                bundle.badges(),
                                bundle.meta()),
                        ImportProgress.none());
        var people = bundle.people();
        for (int from = 0; from < people.size(); from += CHUNK) {
            var chunk = people.subList(from, Math.min(people.size(), from + CHUNK));
            skillgraph
                    .importer()
                    .importBundle(
                            new Bundle(
                                    List.of(), List.of(), List.of(), List.of(), chunk, List.of(), List.of(), Map.of()),
                            ImportProgress.none());
        }
        return (System.nanoTime() - began) / 1e9;
    }

    private static Map<String, String> endpoints(String role) {
        var m = new LinkedHashMap<String, String>();
        for (var metric : List.of("time-to-competency", "modules", "retention", "gaps")) {
            m.put(metric + " everyone", "/metrics/" + metric);
            m.put(metric + " cohort", "/metrics/" + metric + "?cohort=c-bench");
            m.put(metric + " role", "/metrics/" + metric + "?role=" + role);
        }
        m.put("time-to-competency everyone csv", "/metrics/time-to-competency?format=csv");
        m.put("segments cohort", "/cohorts/c-bench/segments");
        m.put("segments role", "/roles/" + role + "/segments");
        return m;
    }

    /** People whose facts change between the warm requests and the ones after a change. */
    static final int CHANGED = 500;

    /**
     * One request per metric over everyone after {@value #CHANGED} people's fact versions moved (as their writes
     * move them): the node reads and replays only their histories.
     */
    private static void afterChanges(Skillgraph skillgraph, LoadDriver driver, String base, Map<String, Object> figures)
            throws Exception {
        for (var metric : List.of("time-to-competency", "modules", "retention", "gaps")) {
            var ids = new ArrayList<String>();
            var random = new java.util.Random(metric.hashCode());
            var people = skillgraph
                    .graph()
                    .readRows(
                            "MATCH (p:Person) RETURN p.id AS id",
                            Map.of(),
                            r -> r.get("id").asString());
            for (int i = 0; i < CHANGED; i++) {
                ids.add(people.get(random.nextInt(people.size())));
            }
            skillgraph
                    .graph()
                    .write(tx -> tx.run(
                                    org.skillgraph.cypher.CypherResources.statement("write/person-facts-touch"),
                                    Map.of("people", ids))
                            .consume());
            figures.put(
                    "after " + CHANGED + " people changed: ms " + metric + " everyone",
                    Math.round(driver.once(URI.create(base + "/metrics/" + metric))));
        }
        figures.put("load average at the end", loadAverage());
    }

    /** CPU time of this whole process (server, embedded Neo4j, load driver, GC and JIT): load-independent cost. */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + " (1 min) on "
                    + Runtime.getRuntime().availableProcessors() + " processors";
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** The role most people target (smallest id on a tie): the role filter's population. */
    private static String mostTargeted(Bundle bundle) {
        var counts = new TreeMap<String, Integer>();
        bundle.people().forEach(p -> counts.merge(p.targetRole(), 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow()
                .getKey();
    }

    private static void sizes(Bundle bundle, String role, Map<String, Object> figures) {
        var people = bundle.people();
        figures.put("people", people.size());
        figures.put(
                "heldSkills", people.stream().mapToLong(p -> p.holds().size()).sum());
        figures.put(
                "evidence", people.stream().mapToLong(p -> p.evidence().size()).sum());
        figures.put(
                "enrolments",
                people.stream().mapToLong(p -> p.enrolled().size()).sum());
        figures.put(
                "attempts", people.stream().mapToLong(p -> p.attempts().size()).sum());
        figures.put(
                "completions",
                people.stream().mapToLong(p -> p.completed().size()).sum());
        figures.put(
                "coachingPairs",
                people.stream().mapToLong(p -> p.coaches().size()).sum());
        figures.put("cohortMembers", SyntheticOrganisation.COHORT);
        figures.put("role", role);
        figures.put(
                "roleTargetedBy",
                people.stream().filter(p -> role.equals(p.targetRole())).count());
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed())
                        .sum()
                / (1024 * 1024);
    }

    private static void deleteAll(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
