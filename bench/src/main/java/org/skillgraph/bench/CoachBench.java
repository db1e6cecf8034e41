package org.skillgraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.skillgraph.api.app.Skillgraph;
import org.skillgraph.seed.bundle.ImportProgress;

/**
 * Peer coaching at scale over HTTP: an ESCO-scale curriculum with 50,000 generated people holding
 * 600,000 skills (fixed seed). One learner's top 10, and a dry-run assignment of a 1,000-person cohort.
 */
final class CoachBench {

    /** The coordinator token the benchmark calls the API with. */
    private static String token;

    private CoachBench() {}

    static Map<String, Object> run(Duration measure) throws Exception {
        var bundle = new SyntheticOrganisation(42, SyntheticOrganisation.COACHING).generate();
        // -Dbench.coach.store=<dir> keeps the store and reuses it when it already holds the organisation: for
        // working on the query phase without importing again. Reported figures come from fresh stores.
        var kept = System.getProperty("bench.coach.store");
        var dir = kept != null
                ? Files.createDirectories(java.nio.file.Path.of(kept))
                : Files.createTempDirectory("skillgraph-coach-bench");
        var figures = new LinkedHashMap<String, Object>();
        try (var skillgraph = Skillgraph.embedded(dir, 0, 1024L * 1024 * 1024)) {
            figures.put("people", bundle.people().size());
            figures.put(
                    "heldSkills",
                    bundle.people().stream().mapToLong(p -> p.holds().size()).sum());
            if (skillgraph.isEmpty()) {
                var report = skillgraph.importer().importBundle(bundle, ImportProgress.none());
                figures.put("importSeconds", report.took().toMillis() / 1000.0);
            } else {
                figures.put("importSeconds", "reused store");
            }
            var api = BenchServer.start(skillgraph, BenchServer.NO_RATE_LIMIT, "benchmark");
            var server = api.server();
            token = api.token();
            try {
                var base = "http://127.0.0.1:" + server.port() + "/api/v1";
                var http = HttpClient.newHttpClient();
                // In process, before the HTTP runs (it builds the snapshot and the index without an HTTP timeout): the
                // index against the pool query, side by side.
                CoachIndexBench.run(skillgraph, Integer.getInteger("bench.coach.learners", 200), figures);
                System.out.println("In process: " + figures);
                // warm-up: snapshot build, plans, JIT
                for (int i = 0; i < 50; i++) {
                    get(http, base + "/people/" + SyntheticOrganisation.personId(1000 + i) + "/coaches?k=10");
                }
                var latencies = new ArrayList<Long>();
                long end = System.nanoTime() + measure.toNanos();
                int errors = 0;
                for (int i = 0; System.nanoTime() < end; i++) {
                    long t = System.nanoTime();
                    int status = get(
                            http,
                            base + "/people/" + SyntheticOrganisation.personId(2000 + (i * 7919) % 40_000)
                                    + "/coaches?k=10");
                    latencies.add(System.nanoTime() - t);
                    if (status != 200) {
                        errors++;
                    }
                }
                var sorted =
                        latencies.stream().mapToLong(Long::longValue).sorted().toArray();
                figures.put("top10Requests", sorted.length);
                figures.put("top10Errors", errors);
                figures.put("top10P50Ms", sorted[sorted.length / 2] / 1e6);
                figures.put(
                        "top10P99Ms",
                        sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6);
                var assignments = new ArrayList<Double>();
                String last = "";
                for (int run = 0; run < 3; run++) {
                    long t = System.nanoTime();
                    var response = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/cohorts/c-bench/coach-assignment"))
                                    .header("Authorization", "Bearer " + token)
                                    .POST(HttpRequest.BodyPublishers.noBody())
                                    .timeout(Duration.ofMinutes(5))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    assignments.add((System.nanoTime() - t) / 1e9);
                    last = response.statusCode() + " "
                            + response.body()
                                    .substring(0, Math.min(300, response.body().length()));
                }
                double[] seconds = assignments.stream()
                        .mapToDouble(Double::doubleValue)
                        .sorted()
                        .toArray();
                figures.put("assignment1000LearnersSecondsMedian", seconds[seconds.length / 2]);
                figures.put("assignmentRuns", Arrays.toString(seconds));
                figures.put("assignmentAnswer", last.replace('|', '/'));
            } finally {
                server.stop();
            }
        } finally {
            if (kept == null) {
                deleteAll(dir);
            }
        }
        return figures;
    }

    private static void deleteAll(java.nio.file.Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }

    private static int get(HttpClient http, String uri) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(uri))
                                .header("Authorization", "Bearer " + token)
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
