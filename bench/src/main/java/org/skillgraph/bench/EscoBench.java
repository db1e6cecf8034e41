package org.skillgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.skillgraph.api.app.Skillgraph;
import org.skillgraph.seed.bundle.Bundle;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.bundle.ImportReport;
import org.skillgraph.seed.esco.EscoExport;

/**
 * Workload (b) of the benchmark suite: the real ESCO export imported with the project's ESCO importer,
 * then {@value EscoModules#MODULES} generated modules and {@value EscoPeople#PEOPLE} generated people
 * (fixed seed) through the bundle importer; store size, heap, startup of {@code serve} on that store, and
 * the queries in process and over HTTP ({@link EscoQueries}). The export's folder comes from {@value #ENV}.
 */
final class EscoBench {

    static final String ENV = "ESCO_DIR";
    static final long SEED = 42;
    static final long PAGE_CACHE = 1024L * 1024 * 1024;

    private EscoBench() {}

    static void run(Report report) throws Exception {
        var esco = escoDir();
        // -Dbench.esco.store=<dir> keeps the store (and reuses it when it already holds the workload): for
        // working on the query phase without importing again. Reported figures come from fresh stores.
        var kept = System.getProperty("bench.esco.store");
        var dir = kept != null
                ? Files.createDirectories(Path.of(kept))
                : Files.createTempDirectory("skillgraph-esco-bench");
        try {
            var load = new LinkedHashMap<String, Object>();
            // The machine is shared: the load average says how much else ran (2 cores; above 2 means queueing).
            load.put("loadAverageAtStart", loadAverage());
            Workload workload;
            try (var skillgraph = Skillgraph.embedded(dir, 0, PAGE_CACHE)) {
                workload = skillgraph.isEmpty() ? load(skillgraph, esco, load) : regenerate(skillgraph);
            }
            // Community edition has no db.checkpoint(): a clean shutdown checkpoints, so the size is taken after it.
            load.put("storeBytesAfterShutdownCheckpoint", size(dir));
            load.put("storeBytesTransactionLogs", size(dir, "transactions"));
            report.figures("ESCO workload: import and store", load);
            var log = Files.createTempFile("skillgraph-esco-serve", ".log");
            double startup = ServeStartup.seconds(dir, log);
            Files.deleteIfExists(log);
            long reopened = System.nanoTime();
            try (var skillgraph = Skillgraph.embedded(dir, 0, PAGE_CACHE)) {
                var startupFigures = new LinkedHashMap<String, Object>();
                startupFigures.put("serveReadySecondsFreshJvm", round(startup));
                startupFigures.put("embeddedReopenSecondsInBenchJvm", round((System.nanoTime() - reopened) / 1e9));
                startupFigures.put("heapUsedMiBAfterGcBeforeSnapshot", heapAfterGc());
                new EscoQueries(skillgraph, workload, report, startupFigures).run();
            }
        } finally {
            if (kept == null) {
                delete(dir);
            }
        }
    }

    private static Workload regenerate(Skillgraph skillgraph) {
        var catalog = EscoCatalog.read(skillgraph.graph());
        return workload(catalog, new EscoPeople(SEED + 1, catalog).generate());
    }

    /** What the query phase picks its inputs from: learners, role pairs and skills, all from the generated data. */
    record Workload(List<String> people, List<List<String>> rolePairs, List<String> skills) {}

    private static Workload load(Skillgraph skillgraph, Path esco, Map<String, Object> figures) {
        try (var export = EscoExport.open(esco)) {
            var r = skillgraph.escoImporter().importEsco(export, null, ImportProgress.none());
            double seconds = r.took().toMillis() / 1000.0;
            figures.put("escoVersion", r.escoVersion());
            figures.put("escoNodes", r.nodeCount());
            figures.put("escoRelationships", r.relationshipCount());
            figures.put("escoImportSeconds", seconds);
            figures.put("escoRowsPerSecond", Math.round((r.nodeCount() + r.relationshipCount()) / seconds));
        }
        var catalog = EscoCatalog.read(skillgraph.graph());
        figures.putAll(catalog.counts());
        var curriculum = new EscoModules(SEED, catalog).generate();
        figures.put("generatedModules", curriculum.modules().size());
        figures.put(
                "generatedPrerequisites",
                curriculum.skills().stream().mapToLong(s -> s.requires().size()).sum());
        put(figures, "modules", skillgraph.importer().importBundle(curriculum, ImportProgress.none()));
        var people = new EscoPeople(SEED + 1, catalog).generate();
        figures.put("generatedPeople", people.people().size());
        figures.put(
                "generatedHeldSkills",
                people.people().stream().mapToLong(p -> p.holds().size()).sum());
        figures.put(
                "coachesOptedIn",
                people.people().stream().filter(p -> p.coaching().optIn()).count());
        put(figures, "people", skillgraph.importer().importBundle(people, ImportProgress.none()));
        return workload(catalog, people);
    }

    private static void put(Map<String, Object> figures, String what, ImportReport report) {
        double seconds = report.took().toMillis() / 1000.0;
        long rows = report.nodesCreated() + report.relationshipsCreated();
        figures.put(what + "ImportSeconds", seconds);
        figures.put(what + "RowsCreated", rows);
        figures.put(what + "RowsPerSecond", Math.round(rows / seconds));
    }

    /** A spread-out sample (same for every run): every 50th person, every 500th one's move, every 14th skill. */
    private static Workload workload(EscoCatalog catalog, Bundle people) {
        var ids = new ArrayList<String>();
        var pairs = new ArrayList<List<String>>();
        for (int i = 0; i < people.people().size(); i += 50) {
            var p = people.people().get(i);
            ids.add(p.id());
            if (i % 500 == 0) {
                pairs.add(List.of(p.role(), Objects.requireNonNull(p.targetRole())));
            }
        }
        var skills = new ArrayList<String>();
        for (int i = 0; i < catalog.skills().size(); i += 14) {
            skills.add(catalog.skills().get(i).id());
        }
        return new Workload(ids, pairs, skills);
    }

    static Path escoDir() {
        var value = System.getenv(ENV);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The esco part needs " + ENV
                    + ": the folder holding ESCO's two CSV zips (see docs/esco.md), e.g. " + ENV
                    + "=<folder> bench/run esco");
        }
        var path = Path.of(value);
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException(ENV + " is not a folder: " + value);
        }
        return path;
    }

    static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    static double loadAverage() {
        return round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static long size(Path dir) throws IOException {
        return size(dir, "");
    }

    /** Bytes of the files under {@code dir} whose path contains {@code part}. */
    private static long size(Path dir, String part) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> dir.relativize(p).toString().contains(part))
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    static void delete(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
