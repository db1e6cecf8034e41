package org.skillgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillgraph.api.app.Skillgraph;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.casepkg.CasePackageWriter;
import org.skillgraph.seed.esco.EscoExport;
import org.skillgraph.seed.moodle.MoodleCsvWriter;

/**
 * Imports of the exchange formats at the largest real size available offline. The real ESCO release (from
 * {@value EscoBench#ENV}) is imported with the ESCO importer, exported, and rendered by skillgraph's own writers
 * as a CASE 1.1 CFPackage (as {@code /ims/case/v1p1/CFPackages/…} serves it) and as a Moodle competency CSV
 * (as {@code /frameworks/{id}/moodle.csv} serves it); each is then dry-run and imported into an empty store,
 * {@link #RUNS} times, a fresh store each time. Moodle's own importer fixture and the OpenSALT CFPackage kept as
 * test fixtures are timed the same way. Figures: median, minimum and maximum of the runs.
 */
final class InterchangeBench {

    static final int RUNS = Integer.getInteger("bench.interchange.runs", 3);
    private static final String BASE = "http://127.0.0.1:8080";
    private static final Path FIXTURES = Path.of("seed-data/src/test/resources/interchange");
    private static final ObjectMapper JSON = new ObjectMapper();

    private InterchangeBench() {}

    /** One timed operation's samples, in seconds. */
    private record Samples(String what, List<Double> seconds) {}

    static void run(Report report) throws Exception {
        var esco = EscoBench.escoDir();
        var root = Files.createTempDirectory("skillgraph-interchange-bench");
        try {
            var figures = new LinkedHashMap<String, Object>();
            figures.put("loadAverageAtStart", EscoBench.loadAverage());
            figures.put("runs", RUNS);
            byte[] cfPackage;
            byte[] moodleCsv;
            try (var source = Skillgraph.embedded(root.resolve("source"), 0, EscoBench.PAGE_CACHE)) {
                try (var export = EscoExport.open(esco)) {
                    var r = source.escoImporter().importEsco(export, null, ImportProgress.none());
                    figures.put("escoVersion", r.escoVersion());
                    figures.put("escoImportSeconds", r.took().toMillis() / 1000.0);
                }
                long started = System.nanoTime();
                var curriculum = source.exporter().export(false);
                var framework = escoFramework(curriculum);
                var pkg = new CasePackageWriter(curriculum, BASE)
                        .cfPackage(framework, OffsetDateTime.now(ZoneOffset.UTC));
                cfPackage = JSON.writeValueAsBytes(pkg);
                figures.put("exportAndCaseRenderSeconds", seconds(started));
                started = System.nanoTime();
                moodleCsv = MoodleCsvWriter.write(curriculum, framework).getBytes(StandardCharsets.UTF_8);
                figures.put("moodleRenderSeconds", seconds(started));
                figures.put("framework", framework.path("id").asText());
                figures.put("cfItems", pkg.path("CFItems").size());
                figures.put("cfAssociations", pkg.path("CFAssociations").size());
                figures.put("cfPackageBytes", cfPackage.length);
                figures.put("moodleCsvBytes", moodleCsv.length);
                figures.put(
                        "moodleCsvRows",
                        new String(moodleCsv, StandardCharsets.UTF_8).lines().count() - 1);
            }
            var oecd = Files.readAllBytes(FIXTURES.resolve("moodle/oecd-core-competencies.csv"));
            var opensalt = Files.readAllBytes(FIXTURES.resolve("case/opensalt-sample-framework.json"));
            var samples = new LinkedHashMap<String, List<Double>>();
            for (int run = 0; run < RUNS; run++) {
                var dir = root.resolve("case-" + run);
                try (var target = Skillgraph.embedded(dir, 0, EscoBench.PAGE_CACHE)) {
                    var importer = target.caseImporter();
                    time(
                            samples,
                            "ESCO as CASE 1.1 CFPackage: parse, schema check, map",
                            () -> importer.prepare("esco.json", new ByteArrayInputStream(cfPackage)));
                    time(
                            samples,
                            "ESCO as CASE 1.1 CFPackage: dry run",
                            () -> importer.dryRun("esco.json", new ByteArrayInputStream(cfPackage)));
                    time(
                            samples,
                            "ESCO as CASE 1.1 CFPackage: import",
                            () -> importer.importPackage(
                                    "esco.json", new ByteArrayInputStream(cfPackage), ImportProgress.none()));
                }
                delete(dir);
                dir = root.resolve("moodle-" + run);
                try (var target = Skillgraph.embedded(dir, 0, EscoBench.PAGE_CACHE)) {
                    var importer = target.moodleImporter();
                    time(
                            samples,
                            "ESCO as Moodle CSV: dry run",
                            () -> importer.importCsv("esco.csv", moodleCsv, true, ImportProgress.none()));
                    time(
                            samples,
                            "ESCO as Moodle CSV: import",
                            () -> importer.importCsv("esco.csv", moodleCsv, false, ImportProgress.none()));
                }
                delete(dir);
                dir = root.resolve("fixtures-" + run);
                try (var target = Skillgraph.embedded(dir, 0, EscoBench.PAGE_CACHE)) {
                    time(
                            samples,
                            "Moodle's own fixture (OECD, 39 competencies): dry run",
                            () -> target.moodleImporter().importCsv("example.csv", oecd, true, ImportProgress.none()));
                    time(
                            samples,
                            "Moodle's own fixture (OECD, 39 competencies): import",
                            () -> target.moodleImporter().importCsv("example.csv", oecd, false, ImportProgress.none()));
                    time(
                            samples,
                            "OpenSALT sample CFPackage: dry run",
                            () -> target.caseImporter().dryRun("opensalt.json", new ByteArrayInputStream(opensalt)));
                    time(
                            samples,
                            "OpenSALT sample CFPackage: import",
                            () -> target.caseImporter()
                                    .importPackage(
                                            "opensalt.json",
                                            new ByteArrayInputStream(opensalt),
                                            ImportProgress.none()));
                }
                delete(dir);
            }
            figures.put("loadAverageAtEnd", EscoBench.loadAverage());
            report.figures("Exchange formats: source and sizes (ESCO rendered by skillgraph's own writers)", figures);
            var rows = new ArrayList<List<Object>>();
            samples.forEach(
                    (what, s) -> rows.add(List.of(what, s.size(), round(median(s)), round(min(s)), round(max(s)))));
            report.table(
                    "Exchange-format imports into an empty store (seconds; a fresh store per run)",
                    List.of("operation", "runs", "median s", "min s", "max s"),
                    rows);
            report.note(NOTE);
        } finally {
            delete(root);
        }
    }

    static final String NOTE = "The CASE and Moodle packages timed here are the real ESCO 1.1.1 classification "
            + "rendered by skillgraph's own CASE writer and Moodle CSV writer (the largest real framework available "
            + "offline), not a package published by a third party; the small real third-party files (Moodle's own "
            + "importer fixture, the OpenSALT sample) are timed beside them. Every import validates everything first "
            + "and writes in one transaction; a dry run does the same checks and writes nothing.";

    private static JsonNode escoFramework(JsonNode curriculum) {
        for (var framework : curriculum.path("frameworks")) {
            if (framework.path("id").asText().startsWith("esco")) {
                return framework;
            }
        }
        throw new IllegalStateException("the ESCO import made no esco framework");
    }

    private interface Work {
        Object run() throws Exception;
    }

    private static void time(Map<String, List<Double>> samples, String what, Work work) throws Exception {
        long started = System.nanoTime();
        work.run();
        double took = seconds(started);
        samples.computeIfAbsent(what, k -> new ArrayList<>()).add(took);
        System.out.printf("%s: %.3f s%n", what, took);
    }

    private static double seconds(long started) {
        return round((System.nanoTime() - started) / 1e9);
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
