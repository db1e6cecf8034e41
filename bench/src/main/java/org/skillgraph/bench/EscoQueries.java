package org.skillgraph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.skillgraph.api.app.Skillgraph;
import org.skillgraph.engine.career.CareerOptions;
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.curriculum.CurriculumRepository;
import org.skillgraph.engine.neighbourhood.NeighbourhoodRepository;
import org.skillgraph.engine.route.RoutePreferences;

/**
 * The six questions on the ESCO workload, each asked the same way in process (the engine's services,
 * warm, one caller) and over HTTP (the load driver with a coordinator token at 1, 4 and 16 clients, next
 * to a bare Javalin "hello"), plus the curriculum snapshot's cache hit vs miss.
 */
final class EscoQueries {

    /** Warm-up and measurement per run; the time box of the whole part is kept by these, not by the data size. */
    static final Duration WARM_UP = Duration.ofSeconds(4);

    static final Duration MEASURE = Duration.ofSeconds(6);

    static final Duration CAREER_COLD_BUDGET = Duration.ofSeconds(60);

    private static final String CAREER = "career routes (inferred moves)";

    private static final String[] SEARCHES = {
        "manage",
        "data",
        "care",
        "safety",
        "sales",
        "software",
        "teach",
        "food",
        "machine",
        "customer",
        "budget",
        "design"
    };

    private final Skillgraph skillgraph;
    private final EscoBench.Workload w;
    private final Report report;
    private final Map<String, Object> figures;
    /** The same requests in process and over HTTP, in the order of the report. */
    private final Map<String, IntFunction<Object>> calls = new LinkedHashMap<>();

    private final Map<String, IntFunction<String>> paths = new LinkedHashMap<>();

    /** How many role pairs the cold career pass asked (0 before it ran). */
    private int careerPairs;

    EscoQueries(Skillgraph skillgraph, EscoBench.Workload workload, Report report, Map<String, Object> figures) {
        this.skillgraph = skillgraph;
        this.w = workload;
        this.report = report;
        this.figures = figures;
        var s = skillgraph.services();
        var career = new CareerOptions(CareerOptions.DEFAULT_K, true, CareerOptions.DEFAULT_MIN_OVERLAP);
        define("gap", i -> s.planning().gapForRole(person(i), null), i -> "/people/" + person(i) + "/gap");
        define(
                "route",
                i -> s.planning().routeForRole(person(i), null, RoutePreferences.defaults()),
                i -> "/people/" + person(i) + "/route");
        define(
                "coaches (top 10)",
                i -> s.coaching().coachesFor(person(i), null, Map.of(), 10),
                i -> "/people/" + person(i) + "/coaches?k=10");
        define(
                CAREER,
                i -> s.career().forRole(pair(i).get(0), pair(i).get(1), career),
                i -> "/roles/" + pair(i).get(0) + "/career-routes?inferred=true&to=" + pair(i).get(1));
        // A coordinator token sees people in a neighbourhood, so the in-process call includes them too.
        define(
                "neighbourhood of a skill",
                i -> s.neighbourhood().around(skill(i), 1, Set.of(), NeighbourhoodRepository.DEFAULT_LIMIT, true),
                i -> "/graph/neighbourhood?id=" + skill(i));
        define(
                "skill search",
                i -> s.skills().search(SEARCHES[i % SEARCHES.length], null, null, 50),
                i -> "/skills?q=" + SEARCHES[i % SEARCHES.length]);
    }

    private void define(String name, IntFunction<Object> call, IntFunction<String> path) {
        calls.put(name, call);
        paths.put(name, path);
    }

    private String person(int i) {
        return w.people().get(Math.floorMod(i * 7, w.people().size()));
    }

    /** Once the cold pass ran, only the pairs it asked: the warm figures then measure repeats, not first calls. */
    private List<String> pair(int i) {
        int pairs = careerPairs > 0 ? careerPairs : w.rolePairs().size();
        return w.rolePairs().get(Math.floorMod(i * 7, pairs));
    }

    private String skill(int i) {
        return w.skills().get(Math.floorMod(i * 7, w.skills().size()));
    }

    void run() throws Exception {
        snapshot();
        figures.put("heapUsedMiBAfterGcWithSnapshot", EscoBench.heapAfterGc());
        var loop = new WarmLoop(WARM_UP, MEASURE);
        var inProcess = new ArrayList<LoadDriver.Result>();
        inProcess.add(careerCold());
        calls.forEach((name, call) -> inProcess.add(loop.run(name, call)));
        report.http("ESCO workload in process", " (engine services called directly, warm, 1 caller)", inProcess);
        var http = http();
        report.http("ESCO workload over HTTP", " (loopback, closed loop, coordinator token)", http);
        figures.put("heapUsedMiBAfterGcSteadyState", EscoBench.heapAfterGc());
        figures.put("loadAverageAtEnd", EscoBench.loadAverage());
        report.figures("ESCO workload: startup, heap, snapshot", figures);
        ratios(inProcess, http);
    }

    /** The snapshot built from the graph (a miss) against one taken from the cache (a hit), and a gap with each. */
    private void snapshot() {
        var graph = skillgraph.graph();
        var repository = new CurriculumRepository(graph);
        var cache = new CurriculumCache(repository::load);
        long version = skillgraph
                .services()
                .planning()
                .gapForRole(w.people().get(0), null)
                .graphVersion();
        var loop = new WarmLoop(Duration.ofSeconds(5), Duration.ofSeconds(15));
        var s = skillgraph.services();
        var rows = List.of(
                loop.run("snapshot build (cache miss)", i -> repository.load()),
                loop.run("snapshot from cache (hit)", i -> cache.at(version)),
                loop.run("gap, snapshot cached", i -> s.planning().gapForRole(person(i), null)),
                loop.run("gap, snapshot rebuilt first", i -> {
                    s.afterWrite().run();
                    return s.planning().gapForRole(person(i), null);
                }));
        report.http("ESCO workload: curriculum snapshot, cache hit vs miss", " (in process, 1 caller)", rows);
        figures.put("snapshotBuildMsP50", rows.get(0).p50());
        figures.put("snapshotCacheHitNsP50", Math.round(rows.get(1).p50() * 1e6));
        figures.put("snapshot", cache.at(version).toString());
        figures.put(
                "gapMissOverHitP50",
                String.format(
                        Locale.ROOT, "%.0f", rows.get(3).p50() / rows.get(2).p50()));
        s.planning().gapForRole(w.people().get(0), null);
    }

    /**
     * Career routes price moves once per snapshot (a cache the planner holds), so the first request for a
     * pair of roles on a new snapshot costs far more than a repeat: each pair asked once, in order, until
     * all were asked or {@link #CAREER_COLD_BUDGET} ran out. The warm figures follow on the same snapshot.
     */
    private LoadDriver.Result careerCold() {
        var call = calls.get(CAREER);
        var latencies = new ArrayList<Long>();
        long end = System.nanoTime() + CAREER_COLD_BUDGET.toNanos();
        for (int i = 0; i < w.rolePairs().size() && System.nanoTime() < end; i++) {
            long t = System.nanoTime();
            WarmLoop.sink ^= System.identityHashCode(call.apply(i));
            latencies.add(System.nanoTime() - t);
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double seconds = latencies.stream().mapToLong(Long::longValue).sum() / 1e9;
        figures.put("careerPairsAskedCold", sorted.length);
        careerPairs = sorted.length;
        return new LoadDriver.Result(
                CAREER + ", first call per pair (cold price cache)",
                1,
                sorted.length,
                0,
                WarmLoop.percentile(sorted, 0.50),
                WarmLoop.percentile(sorted, 0.99),
                sorted.length / seconds);
    }

    private List<LoadDriver.Result> http() throws Exception {
        var results = new ArrayList<LoadDriver.Result>();
        // No rate limit: the benchmark is the load. Token checks and the audit log stay on, as in production.
        var api = BenchServer.start(skillgraph, BenchServer.NO_RATE_LIMIT, "esco-benchmark");
        var server = api.server();
        var token = api.token();
        var hello = io.javalin.Javalin.create(c -> {
                    c.startup.showJavalinBanner = false;
                    c.jetty.host = "127.0.0.1";
                    c.routes.get("/hello", ctx -> ctx.result("hello"));
                })
                .start(0);
        try {
            var base = "http://127.0.0.1:" + server.port() + "/api/v1";
            var driver = new LoadDriver(WARM_UP, MEASURE, token);
            for (int clients : HttpBench.CLIENTS) {
                results.add(driver.run(
                        "hello (bare Javalin)",
                        clients,
                        i -> java.net.URI.create("http://127.0.0.1:" + hello.port() + "/hello")));
                for (var e : paths.entrySet()) {
                    try {
                        results.add(driver.run(
                                e.getKey(),
                                clients,
                                i -> java.net.URI.create(base + e.getValue().apply(i))));
                    } catch (java.util.concurrent.ExecutionException failed) {
                        // A request that times out ends the run: say so in the report, do not hide it.
                        report.note("**" + e.getKey() + " at " + clients + " clients failed over HTTP:** "
                                + failed.getCause());
                    }
                }
            }
        } finally {
            hello.stop();
            server.stop();
        }
        return results;
    }

    /** HTTP over in-process, per question: what the HTTP edge (Jetty, token, Jackson, loopback) adds. */
    private void ratios(List<LoadDriver.Result> inProcess, List<LoadDriver.Result> http) {
        var rows = new ArrayList<List<Object>>();
        for (var local : inProcess) {
            var row = new ArrayList<Object>(List.of(local.name(), ms(local.p50()), ms(local.p99())));
            for (int clients : HttpBench.CLIENTS) {
                var remote = http.stream()
                        .filter(r -> r.name().equals(local.name()) && r.clients() == clients)
                        .findFirst();
                row.add(remote.map(r -> ms(r.p50())).orElse("—"));
                row.add(remote.map(r -> String.format(Locale.ROOT, "%.2f×", r.p50() / local.p50()))
                        .orElse("—"));
                row.add(remote.map(r -> String.format(Locale.ROOT, "%.2f×", r.throughput() / local.throughput()))
                        .orElse("—"));
            }
            rows.add(row);
        }
        report.table(
                "ESCO workload: HTTP vs in process (p50 latency ratio; throughput ratio, HTTP at n clients over one in-process caller)",
                List.of(
                        "question",
                        "in-process p50 ms",
                        "in-process p99 ms",
                        "HTTP p50 ms (1)",
                        "p50 ratio (1)",
                        "throughput ratio (1)",
                        "HTTP p50 ms (4)",
                        "p50 ratio (4)",
                        "throughput ratio (4)",
                        "HTTP p50 ms (16)",
                        "p50 ratio (16)",
                        "throughput ratio (16)"),
                rows);
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
