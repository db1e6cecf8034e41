package org.skillgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.skillgraph.engine.access.AccessRole;

/**
 * One request of 10,000 xAPI statements on the demo organisation, every person and module mapped, posted by a
 * connector over HTTP: a seeded mix of ADL/cmi5 {@code completed}, {@code passed}, {@code failed} and {@code scored}
 * results over many people and modules, so the module-result rule and progression run for each. Side by side, the
 * floor: a request of the same size whose actors nobody holds, so every statement is parsed and stored as
 * {@code unmapped} and nothing else. Runs alternate, each with fresh statement ids.
 */
final class XapiBench {

    static final int BATCH = Integer.getInteger("bench.xapi.batch", 10_000);
    static final int RUNS = Integer.getInteger("bench.xapi.runs", 5);
    static final String MAPPED_HOME = "https://lms.bench.example.org/";
    static final String UNMAPPED_HOME = "https://other-lms.bench.example.org/";
    static final String ACTIVITY = "https://lms.bench.example.org/courses/";

    static final String NOTE = "Each run POSTs one request of " + String.format(Locale.ROOT, "%,d", BATCH)
            + " statements to `/xapi/statements` with a connector token (HTTP Basic) on the demo organisation, every"
            + " person's external id and every module's activity id mapped. *applied*: a seeded mix (40% passed,"
            + " 25% completed, 20% failed, 15% scored; cmi5-style scaled scores, success, completion; timestamps over"
            + " the last two years) over all people and modules, so the module-result rule, completion evidence,"
            + " levels and badges run for each. *floor*: a request of the same statements under an account home page"
            + " nobody maps: parse, conflict check and store only, each statement left `unmapped`. The runs alternate"
            + " floor/applied with fresh statement ids; wall time of the whole request as the client sees it. One"
            + " unmeasured warm-up of 1,000 statements of each kind first.";

    private XapiBench() {}

    static Map<String, Object> run() throws Exception {
        var mapper = new ObjectMapper();
        try (var demo = new DemoGraph()) {
            var people = demo.skillgraph
                    .graph()
                    .write(tx -> tx.run(
                                    "MATCH (p:Person) SET p.externalIds = [$home + '|' + p.id]"
                                            + " RETURN p.id AS id ORDER BY id",
                                    Map.of("home", MAPPED_HOME))
                            .list(r -> r.get("id").asString()));
            var modules = demo.skillgraph
                    .graph()
                    .write(tx -> tx.run(
                                    "MATCH (m:Module) SET m.activityIds = [$base + m.id]"
                                            + " RETURN m.id AS id ORDER BY id",
                                    Map.of("base", ACTIVITY))
                            .list(r -> r.get("id").asString()));
            var api = BenchServer.start(demo.skillgraph, BenchServer.NO_RATE_LIMIT, "benchmark");
            var connector = demo.skillgraph
                    .services()
                    .security()
                    .tokens()
                    .issue(AccessRole.CONNECTOR, null, "benchmark connector");
            var basic = "Basic "
                    + Base64.getEncoder()
                            .encodeToString((connector.token().id() + ":" + connector.secret())
                                    .getBytes(StandardCharsets.UTF_8));
            var http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            var uri = URI.create("http://127.0.0.1:" + api.server().port() + "/xapi/statements");
            var random = new Random(19);
            var applied = new ArrayList<Double>();
            var floor = new ArrayList<Double>();
            long bytes = 0;
            try {
                post(http, uri, basic, batch(mapper, random, people, modules, 1_000, UNMAPPED_HOME));
                post(http, uri, basic, batch(mapper, random, people, modules, 1_000, MAPPED_HOME));
                for (int run = 0; run < RUNS; run++) {
                    var cheap = batch(mapper, random, people, modules, BATCH, UNMAPPED_HOME);
                    floor.add(post(http, uri, basic, cheap));
                    var full = batch(mapper, random, people, modules, BATCH, MAPPED_HOME);
                    bytes = full.length;
                    applied.add(post(http, uri, basic, full));
                    System.out.printf(
                            Locale.ROOT,
                            "xapi run %d: floor %.2f s, applied %.2f s%n",
                            run + 1,
                            floor.get(run),
                            applied.get(run));
                }
                var counts = demo.skillgraph
                        .graph()
                        .read(tx -> tx.run("MATCH (x:XapiStatement) RETURN x.status AS status, count(*) AS n"
                                        + " ORDER BY status")
                                .list(r -> r.get("status").asString() + " "
                                        + r.get("n").asLong()));
                var figures = new LinkedHashMap<String, Object>();
                figures.put("statements per request", BATCH);
                figures.put("request bytes (applied)", bytes);
                figures.put("people mapped", people.size());
                figures.put("modules mapped", modules.size());
                figures.put("runs", RUNS);
                figures.put("applied: median s", fmt(median(applied)));
                figures.put("applied: min–max s", fmt(min(applied)) + "–" + fmt(max(applied)));
                figures.put("floor (all unmapped): median s", fmt(median(floor)));
                figures.put("floor: min–max s", fmt(min(floor)) + "–" + fmt(max(floor)));
                figures.put("applied / floor (medians)", fmt(median(applied) / median(floor)) + "×");
                figures.put(
                        "applied: statements/s (median)", String.format(Locale.ROOT, "%.0f", BATCH / median(applied)));
                figures.put("statuses stored after all runs", String.join(", ", counts));
                figures.put("load average at the end", loadAverage());
                return figures;
            } finally {
                api.server().stop();
            }
        }
    }

    /** Seconds the request took; fails the benchmark on any answer but 200. */
    private static double post(HttpClient http, URI uri, String basic, byte[] body) throws Exception {
        var request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofMinutes(10))
                .header("Authorization", basic)
                .header("X-Experience-API-Version", "1.0.3")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        long started = System.nanoTime();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - started) / 1e9;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("xAPI batch answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return seconds;
    }

    private static byte[] batch(
            ObjectMapper mapper, Random random, List<String> people, List<String> modules, int size, String home)
            throws Exception {
        var now = Instant.parse("2026-11-01T00:00:00Z");
        ArrayNode array = mapper.createArrayNode();
        for (int i = 0; i < size; i++) {
            var person = people.get(random.nextInt(people.size()));
            var module = modules.get(random.nextInt(modules.size()));
            int pick = random.nextInt(100);
            String verb = pick < 40 ? "passed" : pick < 65 ? "completed" : pick < 85 ? "failed" : "scored";
            double scaled = switch (verb) {
                case "passed" -> 0.7 + random.nextInt(31) / 100.0;
                case "failed" -> random.nextInt(70) / 100.0;
                default -> random.nextInt(101) / 100.0;
            };
            ObjectNode s = array.addObject();
            s.put("id", uuid(random));
            var actor = s.putObject("actor");
            actor.put("objectType", "Agent");
            var account = actor.putObject("account");
            account.put("homePage", home);
            account.put("name", person);
            var v = s.putObject("verb");
            v.put("id", "http://adlnet.gov/expapi/verbs/" + verb);
            v.putObject("display").put("en-US", verb);
            var object = s.putObject("object");
            object.put("objectType", "Activity");
            object.put("id", ACTIVITY + module);
            var result = s.putObject("result");
            if (!"completed".equals(verb) || random.nextBoolean()) {
                result.putObject("score").put("scaled", scaled);
            }
            if ("passed".equals(verb) || "failed".equals(verb)) {
                result.put("success", "passed".equals(verb));
            }
            result.put("completion", !"failed".equals(verb));
            result.put("duration", "PT" + (60 + random.nextInt(3600)) + "S");
            s.putObject("context")
                    .putObject("contextActivities")
                    .putArray("category")
                    .addObject()
                    .put("id", "https://w3id.org/xapi/cmi5/context/categories/cmi5");
            s.put("timestamp", now.minusSeconds(random.nextInt(730 * 86_400)).toString());
        }
        return mapper.writeValueAsBytes(array);
    }

    /** A version-4 UUID from the seeded generator. */
    private static String uuid(Random random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String loadAverage() {
        return String.format(
                Locale.ROOT,
                "%.1f on %d processors",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }
}
