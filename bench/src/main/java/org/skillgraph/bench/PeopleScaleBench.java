package org.skillgraph.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skillgraph.api.app.Skillgraph;
import org.skillgraph.engine.curriculum.CurriculumRepository;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.esco.EscoExport;

/**
 * Ten times the organisation (issue 18, part 5): the real ESCO curriculum with {@value EscoModules#MODULES}
 * generated modules, then generated people ({@link EscoPeople}, the ESCO workload's seed and shape: 12 held
 * skills each) imported a chunk at a time into one embedded store, measured at each size of a curve (50,000,
 * 200,000, 500,000 people by default) on the same store: import time per chunk, store size on disk after a
 * clean shutdown, snapshot build, heap after GC before and after the requests, and gap, route, top-10 coaches
 * and one metric over everyone ({@code /metrics/gaps}) over HTTP at 1 and 16 clients beside {@code /health}.
 * Nothing of the organisation is held in memory beyond one chunk: generation and import both stream.
 *
 * <p>Knobs (system properties, through {@code JAVA_OPTS}): {@code bench.people.sizes} (comma-separated, rising),
 * {@code bench.people.chunk} (people per import transaction), {@code bench.people.pageCacheMiB},
 * {@code bench.people.warmUpSeconds}, {@code bench.people.measureSeconds}.
 */
final class PeopleScaleBench {

    static final String NOTE =
            "One JVM holds the API node, the embedded Neo4j and the load driver (2 processors, shared"
                    + " with other engineers' builds: see the load averages); compare rows within one size and across sizes of"
                    + " this run, not with other reports. Each size is measured on the same store after its people were"
                    + " imported and the store was closed and reopened (a clean shutdown checkpoints, so the size on disk is"
                    + " exact); the first request of each endpoint after the reopen is reported separately as cold. Heap is"
                    + " the used heap after a full GC (the embedded Neo4j's heap objects included; its page cache is off heap)."
                    + " The metric over everyone at 16 clients has few samples (each request reads every person's version).";

    private static final String[] ENDPOINTS = {"/health", "gap", "route", "coaches (top 10)", "metric gaps, everyone"};

    private PeopleScaleBench() {}

    /** The rows (every size) and the figures (import, store, heap per size), after {@code done} people. */
    record Run(List<LoadDriver.Result> rows, Map<String, Object> figures, int done) {}

    /** The run's sections in {@code report}. */
    static void add(Report report, Run run) {
        report.http(
                "Ten times the organisation: ESCO curriculum, people imported a chunk at a time, measured at each size",
                " (loopback, closed loop, coordinator token)",
                run.rows());
        report.note(NOTE);
        report.figures("Ten times the organisation: import, store, snapshot, heap, ratios", run.figures());
    }

    static String options() {
        return "JAVA_OPTS=\"-Dbench.people.sizes=" + sizesText() + " -Dbench.people.chunk=" + chunk() + "\" ";
    }

    static Run run(java.util.function.Consumer<Run> afterEachSize) throws Exception {
        var esco = EscoBench.escoDir();
        int[] sizes = sizes();
        int chunk = chunk();
        long pageCache = Long.getLong("bench.people.pageCacheMiB", 2048) * 1024 * 1024;
        var warmUp = Duration.ofSeconds(Long.getLong("bench.people.warmUpSeconds", 3));
        var measure = Duration.ofSeconds(Long.getLong("bench.people.measureSeconds", 6));
        // -Dbench.people.store=<dir> keeps the store and, when it already holds people, goes on from them (to measure
        // a size again, or the last size of a run that ran out of time, without importing everything again).
        var kept = System.getProperty("bench.people.store");
        var dir = kept != null
                ? Files.createDirectories(Path.of(kept))
                : Files.createTempDirectory("skillgraph-people-bench");
        var figures = new LinkedHashMap<String, Object>();
        var rows = new ArrayList<LoadDriver.Result>();
        figures.put("load average at the start", MetricsBench.loadAverage());
        figures.put("max heap MiB (-Xmx)", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        figures.put("page cache MiB", pageCache / (1024 * 1024));
        figures.put("people per import transaction", chunk);
        try {
            EscoPeople generator;
            int imported = 0;
            try (var skillgraph = Skillgraph.embedded(dir, 0, pageCache)) {
                if (!skillgraph.isEmpty()) {
                    imported = skillgraph
                            .graph()
                            .readSingle(
                                    "MATCH (p:Person) RETURN count(p) AS n",
                                    Map.of(),
                                    r -> r.get("n").asInt());
                    figures.put("reused store holding people", imported);
                    var catalog = EscoCatalog.read(skillgraph.graph());
                    generator = new EscoPeople(EscoBench.SEED + 1, catalog);
                    for (int done = 0; done < imported; done += chunk) {
                        generator.next(Math.min(chunk, imported - done));
                    }
                } else {
                    try (var export = EscoExport.open(esco)) {
                        var r = skillgraph.escoImporter().importEsco(export, null, ImportProgress.none());
                        figures.put("ESCO import s", EscoBench.round(r.took().toMillis() / 1000.0));
                    }
                    var catalog = EscoCatalog.read(skillgraph.graph());
                    var modules = skillgraph
                            .importer()
                            .importBundle(new EscoModules(EscoBench.SEED, catalog).generate(), ImportProgress.none());
                    figures.put(
                            "modules import s", EscoBench.round(modules.took().toMillis() / 1000.0));
                    figures.put(
                            "ESCO skills / roles",
                            catalog.skills().size() + " / " + catalog.roles().size());
                    // The ESCO workload's people generator and seed: its first 50,000 are EscoBench's organisation.
                    generator = new EscoPeople(EscoBench.SEED + 1, catalog);
                }
            }
            long heldSkills = (long) imported * EscoPeople.HOLDS;
            double importSeconds = 0;
            for (int size : sizes) {
                if (size < imported) {
                    continue;
                }
                String at = String.format(Locale.ROOT, "%,d people", size);
                try (var skillgraph = Skillgraph.embedded(dir, 0, pageCache)) {
                    long began = System.nanoTime();
                    while (imported < size) {
                        int n = Math.min(chunk, size - imported);
                        var bundle = generator.next(n);
                        heldSkills += bundle.people().stream()
                                .mapToLong(p -> p.holds().size())
                                .sum();
                        var report = skillgraph.importer().importBundle(bundle, ImportProgress.none());
                        imported += n;
                        System.out.printf(
                                Locale.ROOT,
                                "imported %,d people (%,d held skills) in %.1f s%n",
                                imported,
                                heldSkills,
                                report.took().toMillis() / 1000.0);
                    }
                    double seconds = (System.nanoTime() - began) / 1e9;
                    importSeconds += seconds;
                    figures.put(at + ": held skills", heldSkills);
                    figures.put(
                            at + ": import s (this step / cumulative)",
                            round1(seconds) + " / " + round1(importSeconds));
                }
                // A clean shutdown checkpoints (Community has no db.checkpoint()): the size is taken after it.
                long all = size(dir, "");
                figures.put(
                        at + ": store MiB on disk (without / with transaction logs)",
                        mib(all - size(dir, "transactions")) + " / " + mib(all));
                long reopened = System.nanoTime();
                Runnable progress =
                        () -> afterEachSize.accept(new Run(List.copyOf(rows), new LinkedHashMap<>(figures), size));
                try (var skillgraph = Skillgraph.embedded(dir, 0, pageCache)) {
                    figures.put(at + ": reopen s", round1((System.nanoTime() - reopened) / 1e9));
                    figures.put(at + ": heap MiB after GC, store open, before requests", EscoBench.heapAfterGc());
                    figures.put(at + ": snapshot build ms p50 (5 builds)", snapshotBuild(skillgraph));
                    progress.run();
                    measure(skillgraph, size, at, warmUp, measure, rows, figures, progress);
                }
                figures.put(at + ": load average after", MetricsBench.loadAverage());
                afterEachSize.accept(new Run(List.copyOf(rows), new LinkedHashMap<>(figures), size));
            }
        } finally {
            if (kept == null) {
                EscoBench.delete(dir);
            }
        }
        return new Run(rows, figures, sizes[sizes.length - 1]);
    }

    private static void measure(
            Skillgraph skillgraph,
            int size,
            String at,
            Duration warmUp,
            Duration measure,
            List<LoadDriver.Result> rows,
            Map<String, Object> figures,
            Runnable progress)
            throws Exception {
        // 2,000 learners spread over the whole organisation (every (size / 2,000)th), the same ids at every size
        // they exist at; the learner cache (200,000 by default) holds them all, as it would hold the active ones.
        int step = Math.max(1, size / 2_000);
        var people = new ArrayList<String>();
        for (int i = 0; i < size; i += step) {
            people.add("p-esco-" + i);
        }
        var api = BenchServer.start(skillgraph, BenchServer.NO_RATE_LIMIT, "people-scale-benchmark");
        try {
            var base = "http://127.0.0.1:" + api.server().port();
            var paths = new LinkedHashMap<String, java.util.function.IntFunction<URI>>();
            paths.put(ENDPOINTS[0], i -> URI.create(base + "/health"));
            paths.put(ENDPOINTS[1], i -> URI.create(base + "/api/v1/people/" + pick(people, i) + "/gap"));
            paths.put(ENDPOINTS[2], i -> URI.create(base + "/api/v1/people/" + pick(people, i) + "/route"));
            paths.put(ENDPOINTS[3], i -> URI.create(base + "/api/v1/people/" + pick(people, i) + "/coaches?k=10"));
            paths.put(ENDPOINTS[4], i -> URI.create(base + "/api/v1/metrics/gaps"));
            var driver = new LoadDriver(warmUp, measure, api.token(), Duration.ofMinutes(10));
            // The request mix first, then the metric over everyone (minutes on a fresh node at this scale), so that
            // a run stopped early still has the mix; the report is written after every step.
            var mix = new LinkedHashMap<>(paths);
            mix.remove(ENDPOINTS[4]);
            for (var e : mix.entrySet()) {
                first(driver, at, e.getKey(), e.getValue(), figures);
            }
            progress.run();
            for (int clients : new int[] {1, 16}) {
                double health = 0;
                for (var e : mix.entrySet()) {
                    health = row(driver, at, e.getKey(), clients, e.getValue(), health, rows, figures);
                    progress.run();
                }
            }
            figures.put(
                    at + ": heap MiB after GC, after the request mix (learner states kept)", EscoBench.heapAfterGc());
            var metric = paths.get(ENDPOINTS[4]);
            first(driver, at, ENDPOINTS[4], metric, figures);
            figures.put(
                    at + ": heap MiB after GC, after the first metric over everyone (every person's facts kept)",
                    EscoBench.heapAfterGc());
            progress.run();
            for (int clients : new int[] {1, 16}) {
                var health = rows.stream()
                        .filter(r -> r.name().equals(at + ", " + ENDPOINTS[0]) && r.clients() == clients)
                        .mapToDouble(LoadDriver.Result::throughput)
                        .findFirst()
                        .orElse(Double.NaN);
                row(driver, at, ENDPOINTS[4], clients, metric, health, rows, figures);
                progress.run();
            }
            figures.put(at + ": heap MiB after GC, after the requests (caches warm)", EscoBench.heapAfterGc());
        } finally {
            api.server().stop();
        }
    }

    /** The first request of an endpoint on this node; a failure (503 at the query timeout) is a finding. */
    private static void first(
            LoadDriver driver,
            String at,
            String name,
            java.util.function.IntFunction<URI> uri,
            Map<String, Object> figures) {
        Object first;
        try {
            first = Math.round(driver.once(uri.apply(0)));
        } catch (Exception failed) {
            first = "failed: " + failed.getMessage();
        }
        figures.put(at + ": first request ms, " + name, first);
        System.out.println(at + ": first request ms, " + name + ": " + first);
    }

    /** One closed-loop run; answers the row's req/s when it is {@code /health}'s, else {@code health}. */
    private static double row(
            LoadDriver driver,
            String at,
            String name,
            int clients,
            java.util.function.IntFunction<URI> uri,
            double health,
            List<LoadDriver.Result> rows,
            Map<String, Object> figures) {
        LoadDriver.Result row;
        try {
            row = driver.run(at + ", " + name, clients, uri);
        } catch (Exception failed) {
            figures.put(at + ": " + name + " at " + clients + " clients failed", String.valueOf(failed));
            return health;
        }
        rows.add(row);
        System.out.printf(
                Locale.ROOT, "%s at %d: p50 %.1f ms, %.0f req/s%n", row.name(), clients, row.p50(), row.throughput());
        if (name.equals(ENDPOINTS[0])) {
            return row.throughput();
        }
        figures.put(
                at + ": " + name + " req/s ÷ /health req/s at " + clients,
                String.format(Locale.ROOT, "%.1f %%", 100 * row.throughput() / health));
        return health;
    }

    private static String pick(List<String> people, int i) {
        return people.get(Math.floorMod(i * 7, people.size()));
    }

    private static long snapshotBuild(Skillgraph skillgraph) {
        var repository = new CurriculumRepository(skillgraph.graph());
        repository.load();
        long[] ms = new long[5];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            repository.load();
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    static int[] sizes() {
        int[] sizes = Arrays.stream(sizesText().split(","))
                .mapToInt(text -> Integer.parseInt(text.trim()))
                .toArray();
        for (int i = 1; i < sizes.length; i++) {
            if (sizes[i] <= sizes[i - 1]) {
                throw new IllegalArgumentException("bench.people.sizes must rise: " + sizesText());
            }
        }
        return sizes;
    }

    private static String sizesText() {
        return System.getProperty("bench.people.sizes", "50000,200000,500000");
    }

    private static int chunk() {
        return Integer.getInteger("bench.people.chunk", 25_000);
    }

    private static String round1(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static long mib(long bytes) {
        return bytes / (1024 * 1024);
    }

    /** Bytes of the files under {@code dir} whose path contains {@code part}. */
    private static long size(Path dir, String part) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> dir.relativize(p).toString().contains(part))
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }
}
