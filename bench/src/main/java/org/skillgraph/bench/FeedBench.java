package org.skillgraph.bench;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.skillgraph.api.app.EngineSettings;
import org.skillgraph.api.app.Skillgraph;
import org.skillgraph.api.http.auth.SecuritySettings;
import org.skillgraph.engine.feed.FeedSettings;
import org.skillgraph.engine.neo4j.GraphClient;

/**
 * Gap, route and coaches over HTTP on the demo, with learner states kept by the node (the change feed) and without
 * (every request reads its person over Bolt, as before), side by side on one store and interleaved per row, next to
 * {@code /health} on the same server: the ratio to {@code /health} is the figure, since the machine's load moves
 * every absolute number.
 */
final class FeedBench {

    static final int[] CLIENTS = {1, 16};

    /** A loaded shared machine can hold a request for seconds; a timeout would end the run, not measure it. */
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    static final String NOTE = "`before` is a second API node on the same store (its own driver) with the learner cache"
            + " off (`learnersKept` 0): every gap, route and coaches request reads its person in one Bolt round trip, as"
            + " before the change feed. `after` keeps learner states keyed by the feed position and answers a warm"
            + " request with no person read, and reads coach candidates from its coach index (`before`, keeping no"
            + " learner states, keeps no index: it reads every pool from the graph). Both nodes poll the feed every"
            + " 200 ms."
            + " Rows of one client count run one after the other, before and after interleaved per endpoint; the"
            + " ratio is req/s of the row over req/s of `/health` at the same client count in the same run.";

    private FeedBench() {}

    record Run(List<LoadDriver.Result> rows, Map<String, Object> figures) {}

    static Run run(Duration warmUp, Duration measure) throws Exception {
        var rows = new ArrayList<LoadDriver.Result>();
        var figures = new LinkedHashMap<String, Object>();
        figures.put("loadAverageBefore", load());
        try (var demo = new DemoGraph();
                var uncached = Skillgraph.over(
                        GraphClient.connect(demo.skillgraph.graph().settings()),
                        Clock.systemUTC(),
                        EngineSettings.defaults()
                                .withFeed(FeedSettings.defaults().withLearnersKept(0)))) {
            var noLimit = new SecuritySettings(1_000_000, 1_000_000);
            var after = BenchServer.start(demo.skillgraph, noLimit, "benchmark-after");
            var before = BenchServer.start(uncached, noLimit, "benchmark-before");
            try {
                var people = demo.peopleWithTargets;
                var endpoints = Map.<String, IntFunction<String>>of(
                        "gap", i -> "/api/v1/people/" + people.get(i % people.size()) + "/gap",
                        "route", i -> "/api/v1/people/" + people.get(i % people.size()) + "/route",
                        "coaches", i -> "/api/v1/people/" + people.get(i % people.size()) + "/coaches?k=10");
                var names = List.of("gap", "route", "coaches");
                // Warm both nodes' JIT and the after-node's learner states once, unmeasured.
                for (var node : List.of(before, after)) {
                    new LoadDriver(Duration.ofSeconds(10), Duration.ZERO, node.token(), TIMEOUT)
                            .run(
                                    "warm-up",
                                    2,
                                    i -> uri(
                                            node,
                                            endpoints.get(names.get(i % 3)).apply(i / 3)));
                }
                for (int clients : CLIENTS) {
                    var health = new LoadDriver(warmUp, measure, after.token(), TIMEOUT)
                            .run("/health", clients, i -> uri(after, "/health"));
                    rows.add(health);
                    for (var name : names) {
                        var was = new LoadDriver(warmUp, measure, before.token(), TIMEOUT)
                                .run(
                                        name + " before",
                                        clients,
                                        i -> uri(before, endpoints.get(name).apply(i)));
                        var now = new LoadDriver(warmUp, measure, after.token(), TIMEOUT)
                                .run(
                                        name + " after",
                                        clients,
                                        i -> uri(after, endpoints.get(name).apply(i)));
                        rows.add(was);
                        rows.add(now);
                        figures.put(
                                name + " ÷ /health req/s at " + clients + ": before / after",
                                percent(was.throughput() / health.throughput()) + " / "
                                        + percent(now.throughput() / health.throughput()));
                        if (clients == 1) {
                            figures.put(
                                    name + " p50 ÷ /health p50 at 1 client: before / after",
                                    ratio(was.p50() / health.p50()) + " / " + ratio(now.p50() / health.p50()));
                        }
                    }
                }
            } finally {
                before.server().stop();
                after.server().stop();
            }
        }
        figures.put("loadAverageAfter", load());
        return new Run(rows, figures);
    }

    private static URI uri(BenchServer node, String path) {
        return URI.create("http://127.0.0.1:" + node.server().port() + path);
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f %%", share * 100);
    }

    private static String ratio(double r) {
        return String.format(java.util.Locale.ROOT, "%.2f×", r);
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
