package org.skillgraph.bench;

import io.javalin.Javalin;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.skillgraph.api.http.auth.SecuritySettings;
import org.skillgraph.engine.access.AccessRole;

/**
 * The API over HTTP on the demo organisation at 1, 4 and 16 concurrent clients, next to a bare Javalin
 * "hello" endpoint on the same machine: the ceiling any endpoint could reach.
 */
final class HttpBench {

    static final int[] CLIENTS = {1, 4, 16};

    private static final Duration WHOLE_WARM_UP = Duration.ofSeconds(45);

    /** What the rows measure, for the report. */
    static final String NOTE = "Every API request carries a coordinator's bearer token and passes the production"
            + " access gate: token check (cached hash), Bucket4j rate limit (raised to 1,000,000/s for the benchmark"
            + " token so that it never refuses, but consulted on every request), route access decision, security"
            + " headers and the audit recorder. `me` is the cheapest authenticated route (no graph access, not"
            + " audited): the gap of the same request path minus the person's Bolt round trip and planning. A"
            + " coordinator reading a person's gap is audited (one queued event per request, written in batches); a"
            + " learner reading their own gap is not.";

    private HttpBench() {}

    static List<LoadDriver.Result> run(Duration warmUp, Duration measure) throws Exception {
        var results = new ArrayList<LoadDriver.Result>();
        try (var demo = new DemoGraph()) {
            // Production settings, except that the rate limit is raised so the benchmark (the load) is never
            // refused: the bucket is still consulted on every request.
            var api = BenchServer.start(demo.skillgraph, new SecuritySettings(1_000_000, 1_000_000), "benchmark");
            var server = api.server();
            var token = api.token();
            var hello = Javalin.create(c -> {
                        c.startup.showJavalinBanner = false;
                        c.jetty.host = "127.0.0.1";
                        c.routes.get("/hello", ctx -> ctx.result("hello"));
                    })
                    .start(0);
            var self = demo.peopleWithTargets.get(0);
            var learnerToken = demo.skillgraph
                    .services()
                    .security()
                    .tokens()
                    .issue(AccessRole.LEARNER, self, "benchmark")
                    .secret();
            try {
                var base = "http://127.0.0.1:" + server.port();
                var people = demo.peopleWithTargets;
                var driver = new LoadDriver(warmUp, measure, token);
                var learner = new LoadDriver(warmUp, measure, learnerToken);
                // The gap and route paths keep getting faster for about a minute of requests (the JIT): an
                // interleaved run measured the gap at 3.8 ms p50 after 12 s and 1.4 ms after 60 s. Warm both
                // up once, unmeasured, so the first measured rows are not the JIT's.
                new LoadDriver(WHOLE_WARM_UP, Duration.ZERO, token)
                        .run(
                                "warm-up",
                                1,
                                i -> URI.create(base + "/api/v1/people/" + people.get(i % people.size())
                                        + (i % 2 == 0 ? "/gap" : "/route")));
                for (int clients : CLIENTS) {
                    results.add(driver.run(
                            "hello (bare Javalin)",
                            clients,
                            i -> URI.create("http://127.0.0.1:" + hello.port() + "/hello")));
                    results.add(driver.run("me", clients, i -> URI.create(base + "/api/v1/me")));
                    results.add(driver.run(
                            "gap",
                            clients,
                            i -> URI.create(base + "/api/v1/people/" + people.get(i % people.size()) + "/gap")));
                    results.add(learner.run(
                            "gap (own, learner token, not audited)",
                            clients,
                            i -> URI.create(base + "/api/v1/people/" + self + "/gap")));
                    results.add(driver.run(
                            "route",
                            clients,
                            i -> URI.create(base + "/api/v1/people/" + people.get(i % people.size()) + "/route")));
                    results.add(driver.run(
                            "skill search",
                            clients,
                            i -> URI.create(base + "/api/v1/skills?q=" + SEARCHES[i % SEARCHES.length])));
                }
            } finally {
                hello.stop();
                server.stop();
            }
        }
        return results;
    }

    private static final String[] SEARCHES = {"sql", "cloud", "lead", "design", "data", "python", "security", "coach"};
}
