package org.skillgraph.engine.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillgraph.engine.budget.PlanningBudget;
import org.skillgraph.engine.testing.SeedNamedFailures;

/**
 * The {@link SwapMove} in local improvement, against the improvement without it (the same {@link Heuristic} with
 * swaps off, the step as it was) and the proven optimum of the exact search (itself held to the brute-force
 * oracle in {@link RoutePlannerProperties}), on {@link RandomCurricula#wide} curricula of 16–24 modules.
 */
@ExtendWith(SeedNamedFailures.class)
class SwapMoveProperties {

    private static final int INSTANCES = 1500;
    private static final RoutePlanner EXACT = new RoutePlanner(24, 1_000_000);

    /** The wide seeds (of the first 1,500) where the improvement without swaps stayed above the optimum and swaps reach it. */
    static LongStream fixedBySwaps() {
        return LongStream.of(20_261_264L, 20_261_976L, 20_262_362L, 20_262_626L);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("fixedBySwaps")
    void shouldReachTheOptimumWhereTheImprovementWithoutSwapsStoppedAbove(long seed) {
        RouteInstance instance = RandomCurricula.wide(seed);
        RoutePlan exact = plan(EXACT, instance);
        RouteProblem problem = problem(instance);

        assertThat(exact.mode()).isEqualTo(RouteMode.EXACT);
        assertThat(improve(problem, false).hours()).isGreaterThan(exact.totalHours() + 1e-6);
        assertThat(improve(problem, true).hours())
                .isCloseTo(exact.totalHours(), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(plan(new RoutePlanner(0, 1), instance).totalHours())
                .isCloseTo(exact.totalHours(), org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void shouldNeverEndAboveTheImprovementWithoutSwaps() {
        AtomicInteger above = new AtomicInteger();
        AtomicInteger fixed = new AtomicInteger();
        AtomicInteger better = new AtomicInteger();
        RandomCurricula.seeds(INSTANCES).forEach(seed -> {
            for (RouteInstance instance : List.of(RandomCurricula.wide(seed), RandomCurricula.medium(seed))) {
                RouteProblem problem = problem(instance);
                Cost without = improve(problem, false);
                Cost with = improve(problem, true);

                assertThat(with).as("seed %d", seed).isLessThanOrEqualTo(without);
                better.addAndGet(with.lessThan(without) ? 1 : 0);
                if (instance.modules().size() >= 16) {
                    RoutePlan exact = plan(EXACT, instance);
                    if (exact.mode() == RouteMode.EXACT && without.hours() > exact.totalHours() + 1e-6) {
                        above.incrementAndGet();
                        fixed.addAndGet(Math.abs(with.hours() - exact.totalHours()) < 1e-6 ? 1 : 0);
                    }
                }
            }
        });

        System.out.printf(
                "swaps: better than without on %d of %d curricula; of %d routes above the optimum without swaps,"
                        + " %d reach it with them%n",
                better.get(), 2 * INSTANCES, above.get(), fixed.get());
        assertThat(fixed.get()).isGreaterThanOrEqualTo(4);
    }

    private static Cost improve(RouteProblem problem, boolean swapping) {
        int[] candidates = Dominance.undominated(problem);
        boolean[] chosen = new Heuristic(
                        problem,
                        candidates,
                        RoutePlanner.IMPROVEMENT_BUDGET,
                        PlanningBudget.defaults().start(),
                        swapping)
                .run();
        assertThat(new FeasibilityCheck(problem).feasible(chosen, candidates)).isTrue();
        return Cost.of(problem, chosen);
    }

    private static RouteProblem problem(RouteInstance instance) {
        return RouteSetup.prepare(
                        instance.snapshot(),
                        new LearnerLevels(instance.snapshot(), instance.learner()),
                        instance.targetMap(),
                        instance.preferences())
                .problem;
    }

    private static RoutePlan plan(RoutePlanner planner, RouteInstance instance) {
        return planner.plan(instance.snapshot(), instance.learner(), instance.targetMap(), instance.preferences());
    }
}
