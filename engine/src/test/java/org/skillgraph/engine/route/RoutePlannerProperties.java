package org.skillgraph.engine.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/** The route planner against the brute-force {@link RouteOracle} on random small curricula. */
class RoutePlannerProperties {

    private static final RoutePlanner EXACT = new RoutePlanner();
    private static final RoutePlanner HEURISTIC = new RoutePlanner(0, 1);
    private static final Map<Integer, Integer> OPTIMUM_SIZES = new ConcurrentSkipListMap<>();
    private static final List<Double> HEURISTIC_RATIOS = Collections.synchronizedList(new ArrayList<>());

    @Provide
    Arbitrary<RouteInstance> instances() {
        return RouteArbitraries.instances(10);
    }

    @Property(tries = 1000, seed = "20261129")
    void shouldPlanExactRoutesThatAreFeasibleStepByStep(@ForAll("instances") RouteInstance instance) {
        RouteOracle oracle = new RouteOracle(instance);
        RoutePlan plan = plan(EXACT, instance);

        assertFeasible(instance, oracle, plan);
    }

    @Property(tries = 1000, seed = "20261129")
    void shouldPlanHeuristicRoutesThatAreFeasibleStepByStep(@ForAll("instances") RouteInstance instance) {
        RouteOracle oracle = new RouteOracle(instance);
        RoutePlan plan = plan(HEURISTIC, instance);

        if (!plan.steps().isEmpty()) {
            assertThat(plan.mode()).isEqualTo(RouteMode.HEURISTIC);
        }
        assertFeasible(instance, oracle, plan);
    }

    @Property(tries = 1000, seed = "20261129")
    void shouldMatchTheOracleOptimumInExactMode(@ForAll("instances") RouteInstance instance) {
        RouteOracle oracle = new RouteOracle(instance);
        RoutePlan plan = plan(EXACT, instance);

        assertThat(plan.mode()).isEqualTo(RouteMode.EXACT);
        assertThat(plan.totalHours()).isCloseTo(oracle.bestHours, within(1e-6));
        assertThat(oracle.optionalCount(mask(plan))).isEqualTo(oracle.bestOptional);
    }

    @Property(tries = 1000, seed = "20261129")
    void shouldReportUnreachableTargetsExactlyWhenNoRouteReachesThem(@ForAll("instances") RouteInstance instance) {
        RouteOracle oracle = new RouteOracle(instance);

        for (RoutePlan plan : List.of(plan(EXACT, instance), plan(HEURISTIC, instance))) {
            assertThat(plan.unreachable())
                    .extracting(u -> Integer.parseInt(u.skillId().substring(1)))
                    .containsExactlyElementsOf(oracle.unreachable);
        }
    }

    @Property(tries = 1000, seed = "20261129")
    void shouldNeverBoundAboveTheOptimum(@ForAll("instances") RouteInstance instance) {
        RouteOracle oracle = new RouteOracle(instance);

        assertThat(plan(EXACT, instance).lowerBoundHours()).isLessThanOrEqualTo(oracle.bestHours + 1e-6);
        assertThat(plan(HEURISTIC, instance).lowerBoundHours()).isLessThanOrEqualTo(oracle.bestHours + 1e-6);
    }

    @Provide
    Arbitrary<RouteInstance> denseInstances() {
        return RouteArbitraries.denseInstances();
    }

    @Property(tries = 1500, seed = "20261129")
    void shouldKeepHeuristicRoutesWithinTenPercentOfTheOptimum(@ForAll("denseInstances") RouteInstance instance) {
        RouteOracle oracle = new RouteOracle(instance);
        RoutePlan plan = plan(HEURISTIC, instance);

        assertThat(oracle.optionalCount(mask(plan))).isEqualTo(oracle.bestOptional);
        if (Integer.bitCount(oracle.bestMask) >= 2) {
            double ratio = plan.totalHours() / oracle.bestHours;
            HEURISTIC_RATIOS.add(ratio);
            OPTIMUM_SIZES.merge(Integer.bitCount(oracle.bestMask), 1, Integer::sum);
            assertThat(ratio).isLessThanOrEqualTo(1.10);
        }
    }

    @AfterContainer
    static void printHeuristicRatios() {
        synchronized (HEURISTIC_RATIOS) {
            double worst = HEURISTIC_RATIOS.stream()
                    .mapToDouble(Double::doubleValue)
                    .max()
                    .orElse(1);
            double mean = HEURISTIC_RATIOS.stream()
                    .mapToDouble(Double::doubleValue)
                    .average()
                    .orElse(1);
            long optimal = HEURISTIC_RATIOS.stream().filter(r -> r < 1 + 1e-9).count();
            System.out.println("modules in the optimum -> routes: " + OPTIMUM_SIZES);
            System.out.printf(
                    "heuristic/optimum over %d routes of 2+ modules: worst %.4f, mean %.4f, optimal in %d%n",
                    HEURISTIC_RATIOS.size(), worst, mean, optimal);
        }
    }

    private static RoutePlan plan(RoutePlanner planner, RouteInstance instance) {
        return planner.plan(instance.snapshot(), instance.learner(), instance.targetMap(), instance.preferences());
    }

    private static int mask(RoutePlan plan) {
        int mask = 0;
        for (RouteStep step : plan.steps()) {
            mask |= 1 << RouteInstance.moduleIndex(step.moduleId());
        }
        return mask;
    }

    private static void assertFeasible(RouteInstance instance, RouteOracle oracle, RoutePlan plan) {
        List<Integer> order = plan.steps().stream()
                .map(step -> RouteInstance.moduleIndex(step.moduleId()))
                .toList();
        assertThat(order).doesNotHaveDuplicates().allMatch(instance::allowed);
        LiteralRules rules = new LiteralRules(instance);
        int[] levels = rules.run(order);
        assertThat(levels).as("every step can start when its turn comes").isNotNull();
        oracle.gapped.forEach((skill, level) -> {
            if (!oracle.unreachable.contains(skill)) {
                assertThat(levels[skill]).as("level of s%d", skill).isGreaterThanOrEqualTo(level);
            }
        });
        assertThat(plan.totalHours())
                .isCloseTo(plan.steps().stream().mapToDouble(RouteStep::hours).sum(), within(1e-6));
        assertThat(plan.lowerBoundHours()).isLessThanOrEqualTo(plan.totalHours() + 1e-6);

        int[] before = instance.start().clone();
        for (RouteStep step : plan.steps()) {
            assertThat(step.index()).isEqualTo(order.indexOf(RouteInstance.moduleIndex(step.moduleId())));
            for (int unlocked : step.unlocks()) {
                assertThat(unlocked).isGreaterThan(step.index());
                assertThat(rules.canStart(order.get(unlocked), before))
                        .as("step %d could not start before step %d", unlocked, step.index())
                        .isFalse();
            }
            if (step.alternative() != null) {
                List<Integer> replaced = new ArrayList<>(order);
                replaced.set(
                        step.index(),
                        RouteInstance.moduleIndex(step.alternative().moduleId()));
                assertThat(instance.allowed(replaced.get(step.index()))).isTrue();
                assertThat(reachesReachable(instance, oracle, replaced))
                        .as("alternative %s for step %d keeps the route feasible", step.alternative(), step.index())
                        .isTrue();
            }
            rules.complete(order.get(step.index()), before);
        }

        double scheduled = plan.schedule().weeks().stream()
                .mapToDouble(ScheduleWeek::hours)
                .sum();
        assertThat(scheduled).isCloseTo(plan.totalHours(), within(1e-4));
        assertThat(plan.schedule().weeks())
                .allSatisfy(week -> assertThat(week.hours())
                        .isLessThanOrEqualTo(plan.schedule().weeklyHours() + 1e-6));
        assertThat(plan.schedule().totalWeeks())
                .isEqualTo(plan.schedule().weeks().size());
        assertThat(plan.schedule().skillMilestones())
                .extracting(m -> Integer.parseInt(m.skillId().substring(1)))
                .containsExactlyInAnyOrderElementsOf(reachableGapped(oracle));
    }

    private static TreeSet<Integer> reachableGapped(RouteOracle oracle) {
        TreeSet<Integer> reachable = new TreeSet<>(oracle.gapped.keySet());
        reachable.removeAll(oracle.unreachable);
        return reachable;
    }

    /** Whether the modules, as a set, form a feasible route reaching every reachable target. */
    private static boolean reachesReachable(RouteInstance instance, RouteOracle oracle, List<Integer> modules) {
        int mask = 0;
        for (int m : modules) {
            mask |= 1 << m;
        }
        int[] applied = new int[1];
        int[] levels = new LiteralRules(instance).fixpoint(mask, applied);
        if (applied[0] != mask) {
            return false;
        }
        for (Map.Entry<Integer, Integer> target : oracle.gapped.entrySet()) {
            if (!oracle.unreachable.contains(target.getKey()) && levels[target.getKey()] < target.getValue()) {
                return false;
            }
        }
        return true;
    }
}
