package org.skillgraph.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmark suite and writes {@code bench/results/report.md} and {@code report.json}.
 * Arguments choose parts: {@code planners gap http import coaches} (default: all), {@code esco} (ESCO_DIR),
 * {@code metrics}, {@code mentoring}, {@code route-scale}, {@code xapi}, {@code priorities}, {@code feed}, {@code interchange} (ESCO_DIR)
 * and {@code taxonomy} (ESCO_DIR, ESCO_NEXT_DIR), {@code people-500k} (ESCO_DIR).
 */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        var parts = args.length == 0 ? Set.of("planners", "gap", "http", "import", "coaches") : Set.of(args);
        var out = Path.of(System.getProperty("bench.out", "bench/results"));
        var report = new Report();
        var command = (parts.contains("esco") || parts.contains("interchange") || parts.contains("people-500k")
                        ? EscoBench.ENV + "=<folder of ESCO's two CSV zips> "
                        : "")
                + (parts.contains("priorities") ? PrioritiesBench.options() : "")
                + (parts.contains("people-500k") ? PeopleScaleBench.options() : "")
                + "BENCH_NAME=" + System.getProperty("bench.name", "report") + " bench/run " + String.join(" ", args)
                + (System.getProperty("bench.metrics.only") == null
                        ? ""
                        : " (endpoints matching '" + System.getProperty("bench.metrics.only") + "' only, store "
                                + (System.getProperty("bench.metrics.store") == null ? "fresh" : "reused") + ")");
        report.command(command);
        if (parts.contains("planners")) {
            report.jmh("Planners in process, ESCO-scale curriculum", jmh(RouteBenchmark.class));
        }
        if (parts.contains("gap")) {
            report.jmh(
                    "Gap and one-skill route on the demo organisation over Bolt: snapshot vs pure Cypher",
                    jmh(GapBenchmark.class));
            report.note(GapBenchmark.NOTE);
        }
        if (parts.contains("http")) {
            // A long warm-up: the HTTP path (Jetty, Jackson, driver, planner) needs thousands of requests before
            // the JIT has compiled it; a 3 s warm-up measured the gap at 7.7 ms instead of about 2.5 ms.
            report.http(HttpBench.run(Duration.ofSeconds(12), Duration.ofSeconds(8)));
            report.note(HttpBench.NOTE);
        }
        if (parts.contains("import")) {
            report.importRun(ImportBench.run());
        }
        if (parts.contains("onet")) {
            // Not in the default set: a generated full-size O*NET text database, imported twice.
            report.figures(
                    "O*NET import, generated full-size database (1,016 occupations, 120 elements, IM and LV)",
                    OnetBench.run());
        }
        if (parts.contains("interchange")) {
            // Not in the default set: it needs ESCO_DIR; the real ESCO as a CFPackage and a Moodle CSV, imported.
            InterchangeBench.run(report);
        }
        if (parts.contains("taxonomy")) {
            // Not in the default set: it needs ESCO_DIR and ESCO_NEXT_DIR, two consecutive ESCO releases.
            report.figures(
                    "Living taxonomy: ESCO 1.1.0 with 50,000 people, 1.1.1 and a derived version diffed and applied",
                    TaxonomyBench.run());
        }
        if (parts.contains("esco")) {
            // Not in the default set: it needs ESCO_DIR, the folder holding ESCO's two CSV zips.
            EscoBench.run(report);
        }
        if (parts.contains("mentoring")) {
            // Not in the default set: what the learners' sealed coach request handles cost (about 3 minutes).
            report.http(
                    "Coach request handles on the demo organisation",
                    " (in process and over loopback HTTP, one caller)",
                    MentoringBench.run(Duration.ofSeconds(15), Duration.ofSeconds(10)));
            report.note(MentoringBench.NOTE);
        }
        if (parts.contains("coaches")) {
            report.figures(
                    "Coaches at scale over HTTP (ESCO-scale curriculum, 50,000 people, 600,000 held skills)",
                    CoachBench.run(Duration.ofSeconds(20)));
        }
        if (parts.contains("route-scale")) {
            // Not in the default set: routes to 1 / 100 / 1,000 / 3,000 targets on 3,000 skills, about two minutes.
            report.figures("Route to many targets: load before", RouteScaleBench.load());
            report.table(
                    "Route to many targets in process (3,000 skills, 6,000 modules, default counted budget)",
                    RouteScaleBench.columns(),
                    RouteScaleBench.run());
            report.note(RouteScaleBench.NOTE);
            report.figures("Route to many targets: load after", RouteScaleBench.load());
        }
        if (parts.contains("xapi")) {
            // Not in the default set: one request of 10,000 xAPI statements, applied vs stored only.
            report.figures("xAPI ingest: one request of 10,000 statements over HTTP", XapiBench.run());
            report.note(XapiBench.NOTE);
        }
        if (parts.contains("priorities")) {
            // Not in the default set: priorities for cohorts and what-if over populations, in process.
            var run = PrioritiesBench.run(
                    sizes("bench.priorities.cohorts", "100,1000"),
                    sizes("bench.priorities.people", "5000,50000"),
                    Integer.getInteger("bench.priorities.runs", 3));
            report.table(
                    "Priorities and what-if on people in process (10,000 skills, 2,000 modules, 300 roles)",
                    PrioritiesBench.columns(),
                    run.rows());
            report.note(PrioritiesBench.NOTE);
            report.figures("Priorities and what-if: load and runs", run.figures());
        }
        if (parts.contains("feed")) {
            // Not in the default set: gap, route and coaches with and without the learner cache, beside /health.
            var run = FeedBench.run(Duration.ofSeconds(3), Duration.ofSeconds(8));
            report.http(
                    "Learner states kept by the node (change feed): before / after, beside /health",
                    " (loopback, demo organisation)",
                    run.rows());
            report.note(FeedBench.NOTE);
            report.figures("Learner states kept by the node: ratios and load", run.figures());
        }
        if (parts.contains("people-500k")) {
            // Not in the default set: it needs ESCO_DIR; 500,000 people imported a chunk at a time (about an hour).
            // After each size the report is written with the sizes done so far, so a run stopped early keeps them.
            var run = PeopleScaleBench.run(partial -> {
                var early = new Report();
                early.command(command + " (written after " + partial.done() + " people; the run went on)");
                PeopleScaleBench.add(early, partial);
                try {
                    early.write(out);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            PeopleScaleBench.add(report, run);
        }
        if (parts.contains("metrics")) {
            // Not in the default set: about 15 minutes (import, then every metric over HTTP at 50,000 people).
            var run = MetricsBench.run(Duration.ofSeconds(3), Duration.ofSeconds(12));
            report.http(
                    "Metrics and segments at scale over HTTP (ESCO-scale curriculum, 50,000 people with history)",
                    " (loopback, one client)",
                    run.rows());
            report.note(MetricsBench.NOTE);
            report.figures("Metrics at scale: population and heap", run.figures());
        }
        report.write(out);
        System.out.println("Report written to " + out.toAbsolutePath());
    }

    /** Comma-separated sizes from a system property. */
    private static int[] sizes(String property, String defaults) {
        return java.util.Arrays.stream(System.getProperty(property, defaults).split(","))
                .mapToInt(text -> Integer.parseInt(text.trim()))
                .toArray();
    }

    private static List<Map<String, Object>> jmh(Class<?> benchmark) throws Exception {
        var options = new OptionsBuilder()
                .include(benchmark.getName() + ".")
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(3))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(4))
                .jvmArgs("-Xmx3g")
                .build();
        var rows = new ArrayList<Map<String, Object>>();
        for (RunResult result : new Runner(options).run()) {
            var primary = result.getPrimaryResult();
            var stats = primary.getStatistics();
            var row = new LinkedHashMap<String, Object>();
            row.put("benchmark", result.getParams().getBenchmark().replace(benchmark.getName() + ".", ""));
            row.put("unit", primary.getScoreUnit());
            row.put("samples", stats.getN());
            row.put("p50", stats.getPercentile(50));
            row.put("p99", stats.getPercentile(99));
            row.put("mean", stats.getMean());
            rows.add(row);
        }
        return rows;
    }
}
