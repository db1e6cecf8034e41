package org.skillgraph.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.skillgraph.engine.budget.PlanningBudget;
import org.skillgraph.engine.route.RoutePlan;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.route.RoutePreferences;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.LearnerState;
import org.skillgraph.engine.snapshot.ModuleInfo;

/**
 * Routes to large target sets in process: a generated curriculum of 3,000 skills and 6,000 modules (fixed seed,
 * the shape of the engine's budget tests: prerequisites on nearby, more basic skills, modules teaching one to
 * three neighbouring skills), a learner holding nothing, targets at level 3 spread evenly over the skills. One
 * target is the floor, measured in the same run. Each row is the median of several plans after two warm-up
 * plans, wall clock and the planning thread's CPU time (the CPU time is what the machine's load distorts least).
 */
final class RouteScaleBench {

    static final int SKILLS = 3_000;
    static final int MODULES = 6_000;
    static final int[] TARGETS = {1, 100, 1_000, 3_000};
    private static final int RUNS = 7;

    static final String NOTE = "A route plans under the server's default counted budget (work 5,000,000, search nodes"
            + " 20,000) with the wall-clock backstop raised to an hour, so the counted limits decide and the answer"
            + " is the same on any machine; the time limit of a server (5 s by default) would otherwise cut a long"
            + " plan on a loaded machine. gap = (totalHours − lowerBoundHours) / lowerBoundHours, an upper bound on"
            + " how far the route is from the optimum. Load is the system load average (1 min) before and after.";

    private RouteScaleBench() {}

    static List<List<Object>> run() {
        CurriculumSnapshot snapshot = curriculum(42);
        RoutePlanner planner = new RoutePlanner(PlanningBudget.defaults().withWallClock(Duration.ofHours(1)));
        var threads = ManagementFactory.getThreadMXBean();
        List<List<Object>> rows = new ArrayList<>();
        for (int count : TARGETS) {
            Map<String, Integer> targets = spreadTargets(count);
            double[] wall = new double[RUNS];
            double[] cpu = new double[RUNS];
            RoutePlan plan = null;
            for (int run = -2; run < RUNS; run++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                plan = planner.plan(snapshot, LearnerState.empty(), targets, RoutePreferences.defaults());
                if (run >= 0) {
                    wall[run] = (System.nanoTime() - start) / 1e6;
                    cpu[run] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                }
            }
            double gap = plan.lowerBoundHours() > 0
                    ? (plan.totalHours() - plan.lowerBoundHours()) / plan.lowerBoundHours()
                    : 0;
            rows.add(List.of(
                    count,
                    format("%.1f", median(wall)),
                    format("%.1f", median(cpu)),
                    plan.steps().size(),
                    plan.mode(),
                    plan.provenOptimal(),
                    format("%.1f", plan.totalHours()),
                    format("%.1f", plan.lowerBoundHours()),
                    format("%.2f %%", 100 * gap),
                    plan.budget().work(),
                    plan.budget().ranOut().isEmpty()
                            ? "–"
                            : plan.budget().ranOut().toString()));
        }
        return rows;
    }

    static List<String> columns() {
        return List.of(
                "targets",
                "p50 ms (wall)",
                "p50 ms (CPU)",
                "steps",
                "mode",
                "provenOptimal",
                "totalHours",
                "lowerBoundHours",
                "gap",
                "work",
                "ranOut");
    }

    static Map<String, Object> load() {
        var figures = new LinkedHashMap<String, Object>();
        figures.put(
                "loadAverage1m",
                format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        figures.put("processors", Runtime.getRuntime().availableProcessors());
        return figures;
    }

    static CurriculumSnapshot curriculum(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CurriculumSnapshot.Builder builder = CurriculumSnapshot.builder(1);
        for (int s = 0; s < SKILLS; s++) {
            builder.skill(skill(s), "Skill " + s);
            if (s >= 30 && random.nextInt(4) == 0) {
                builder.requires(skill(s), skill(s - 1 - random.nextInt(30)), 1 + random.nextInt(2));
            }
        }
        for (int m = 0; m < MODULES; m++) {
            int base = random.nextInt(SKILLS);
            builder.module(new ModuleInfo(
                    "m" + m,
                    "Module " + m,
                    1 + random.nextInt(20),
                    "course",
                    "self-paced",
                    null,
                    true,
                    "published",
                    null));
            for (int k = random.nextInt(3); k >= 0; k--) {
                builder.teaches("m" + m, skill(Math.max(0, base - random.nextInt(20))), 2 + random.nextInt(4));
            }
            if (random.nextInt(10) == 0) {
                builder.assumes("m" + m, skill(Math.max(0, base - 1 - random.nextInt(50))), 1 + random.nextInt(2));
            }
        }
        return builder.build();
    }

    private static Map<String, Integer> spreadTargets(int count) {
        Map<String, Integer> targets = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            targets.put(skill((int) ((long) i * SKILLS / count)), 3);
        }
        return targets;
    }

    private static String skill(int index) {
        return "s" + index;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
