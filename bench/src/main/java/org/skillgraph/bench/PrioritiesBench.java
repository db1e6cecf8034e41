package org.skillgraph.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.skillgraph.engine.budget.PlanningBudget;
import org.skillgraph.engine.design.CurriculumChange;
import org.skillgraph.engine.design.WhatIfAnalyzer;
import org.skillgraph.engine.metrics.MetricsFilter;
import org.skillgraph.engine.priorities.Member;
import org.skillgraph.engine.priorities.PeopleImpact;
import org.skillgraph.engine.priorities.PrioritiesService;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.LearnerState;
import org.skillgraph.engine.snapshot.SkillLevel;
import org.skillgraph.seed.bundle.Bundle;

/**
 * Priorities for a cohort and what-if impact on a population, in process on a generated organisation (the
 * import benchmark's curriculum: 10,000 skills, 30,000 prerequisite edges, 300 roles of 12 needs, 2,000 modules;
 * people holding 10 skills each, compared with their target role). Each size is measured side by side in one
 * run: the median of a few runs after one warm-up, wall clock and the measuring thread's CPU time.
 */
final class PrioritiesBench {

    /** The curriculum of the import benchmark; as many people as the largest size asks for. */
    static SyntheticOrganisation.Size size(int people) {
        return new SyntheticOrganisation.Size(10_000, 30_000, 300, 12, 2_000, people, 10);
    }

    static final String NOTE = "Priorities plan each member's route once as it is, once per gap closed and once per"
            + " module on some member's route that is on theirs or raises one of their gaps; what-if plans each"
            + " person's route on today's curriculum and on the changed copy (here: a new 4-hour module teaching"
            + " the most needed skill to level 3). 'Every state planned' is the computation before plans were"
            + " shared (each distinct member state planned in full, kept as the tests' oracle); 'shared plans' cuts"
            + " each state down to what the role's route and gap can read first, so members and counterfactuals that"
            + " differ only elsewhere share one plan. Both run side by side in one run, on the same members, and"
            + " their answers are compared (sameAnswersWhereBothRan); the full computation runs only up to"
            + " bench.priorities.fullUpTo members and bench.priorities.fullPeopleUpTo people. The generated people"
            + " hold 10 skills clustered anywhere in the 10,000, mostly unrelated to their target role, which favours"
            + " sharing more than an organisation whose people hold their role's skills. Routes plan under the"
            + " default counted budget with the wall-clock backstop raised to an hour, so the machine's load cannot"
            + " change an answer. Load is the system load average (1 min) before and after.";

    private PrioritiesBench() {}

    record Run(List<List<Object>> rows, Map<String, Object> figures) {}

    static Run run(int[] cohorts, int[] populations, int runs) {
        var figures = new LinkedHashMap<String, Object>();
        figures.put("loadBefore", load());
        int most = Math.max(
                Arrays.stream(cohorts).max().orElse(0),
                Arrays.stream(populations).max().orElse(0));
        Bundle bundle = new SyntheticOrganisation(23, size(most)).generate();
        CurriculumSnapshot snapshot = SnapshotFromBundle.of(bundle, 1);
        List<Member> members = members(bundle);
        var planner = new RoutePlanner(PlanningBudget.defaults().withWallClock(Duration.ofHours(1)));
        var priorities = new PrioritiesService(null, null, planner, 3);
        var rows = new ArrayList<List<Object>>();
        int fullUpTo = Integer.getInteger("bench.priorities.fullUpTo", 100);
        boolean same = true;
        // Both computations warmed up before either is timed: the first one timed would otherwise pay for the JIT.
        var first = members.subList(0, Math.min(Arrays.stream(cohorts).min().orElse(1), members.size()));
        for (int w = 0; w < 3; w++) {
            priorities.analyse(snapshot, first, first.size(), MetricsFilter.everyone(), 10);
            priorities.exhaustive().analyse(snapshot, first, first.size(), MetricsFilter.everyone(), 10);
        }
        for (int n : cohorts) {
            var cohort = members.subList(0, Math.min(n, members.size()));
            double[] shared =
                    time(runs, () -> priorities.analyse(snapshot, cohort, cohort.size(), MetricsFilter.everyone(), 10));
            double[] full = null;
            if (cohort.size() <= fullUpTo) {
                var exhaustive = priorities.exhaustive();
                full = time(
                        runs, () -> exhaustive.analyse(snapshot, cohort, cohort.size(), MetricsFilter.everyone(), 10));
                same &= priorities
                        .analyse(snapshot, cohort, cohort.size(), MetricsFilter.everyone(), 10)
                        .equals(exhaustive.analyse(snapshot, cohort, cohort.size(), MetricsFilter.everyone(), 10));
            }
            rows.add(row("priorities", cohort.size(), full, shared));
            System.out.println("priorities " + rows.get(rows.size() - 1));
        }
        var change = new CurriculumChange.AddModule(
                "m-bench-new", "New module", 4, "video", List.of(new SkillLevel(mostNeeded(bundle), 3)), List.of());
        CurriculumSnapshot after = WhatIfAnalyzer.apply(snapshot, List.of(change));
        var impact = new PeopleImpact(planner, 3);
        int fullPeopleUpTo = Integer.getInteger("bench.priorities.fullPeopleUpTo", 5_000);
        for (int n : populations) {
            var people = members.subList(0, Math.min(n, members.size()));
            double[] shared =
                    time(runs, () -> impact.compare(snapshot, after, people, people.size(), MetricsFilter.everyone()));
            double[] full = null;
            if (people.size() <= fullPeopleUpTo) {
                var exhaustive = impact.exhaustive();
                full = time(
                        runs,
                        () -> exhaustive.compare(snapshot, after, people, people.size(), MetricsFilter.everyone()));
                same &= impact.compare(snapshot, after, people, people.size(), MetricsFilter.everyone())
                        .equals(exhaustive.compare(snapshot, after, people, people.size(), MetricsFilter.everyone()));
            }
            rows.add(row("what-if (add-module)", people.size(), full, shared));
            System.out.println("what-if " + rows.get(rows.size() - 1));
        }
        figures.put("sameAnswersWhereBothRan", same);
        figures.put("loadAfter", load());
        figures.put("processors", Runtime.getRuntime().availableProcessors());
        figures.put("runsPerSize", runs);
        return new Run(rows, figures);
    }

    /** The sizes asked for, as the command line that asks for them (empty for the defaults). */
    static String options() {
        var given = java.util.stream.Stream.of(
                        "bench.priorities.cohorts",
                        "bench.priorities.people",
                        "bench.priorities.runs",
                        "bench.priorities.fullUpTo",
                        "bench.priorities.fullPeopleUpTo")
                .filter(name -> System.getProperty(name) != null)
                .map(name -> "-D" + name + "=" + System.getProperty(name))
                .toList();
        return given.isEmpty() ? "" : "JAVA_OPTS=\"" + String.join(" ", given) + "\" ";
    }

    static List<String> columns() {
        return List.of(
                "answer",
                "people",
                "every state planned: p50 ms (wall)",
                "every state planned: p50 ms (CPU)",
                "shared plans: p50 ms (wall)",
                "shared plans: p50 ms (CPU)",
                "CPU ratio");
    }

    private static List<Object> row(String answer, int people, double[] full, double[] shared) {
        return List.of(
                answer,
                people,
                full == null ? "–" : format("%.0f", full[0]),
                full == null ? "–" : format("%.0f", full[1]),
                format("%.0f", shared[0]),
                format("%.0f", shared[1]),
                full == null ? "–" : format("%.1f×", full[1] / Math.max(shared[1], 0.001)));
    }

    /** Median wall and CPU milliseconds of {@code runs} calls after one warm-up call. */
    private static double[] time(int runs, Supplier<?> call) {
        var threads = ManagementFactory.getThreadMXBean();
        call.get();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int r = 0; r < runs; r++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            call.get();
            wall[r] = (System.nanoTime() - start) / 1e6;
            cpu[r] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        return new double[] {median(wall), median(cpu)};
    }

    private static List<Member> members(Bundle bundle) {
        var members = new ArrayList<Member>();
        for (var p : bundle.people()) {
            if (p.targetRole() != null) {
                var levels = new HashMap<String, Integer>();
                p.holds().forEach(h -> levels.put(h.skill(), h.level()));
                members.add(new Member(p.id(), p.targetRole(), LearnerState.of(levels)));
            }
        }
        return members;
    }

    private static String mostNeeded(Bundle bundle) {
        var counts = new HashMap<String, Integer>();
        bundle.roles().forEach(r -> r.needs().forEach(n -> counts.merge(n.skill(), 1, Integer::sum)));
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow()
                .getKey();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String load() {
        return format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String format(String pattern, Object value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
