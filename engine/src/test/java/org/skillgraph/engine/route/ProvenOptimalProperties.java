package org.skillgraph.engine.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillgraph.engine.testing.SeedNamedFailures;

/**
 * {@link RoutePlan#provenOptimal()} against the brute-force {@link RouteOracle}: whenever a plan claims it, the
 * oracle's optimum has the route's hours and optional modules; an exact route always claims it. One case per
 * seed, and one test counting how often the heuristic alone (no exact search) proves its route by the bound.
 */
@ExtendWith(SeedNamedFailures.class)
class ProvenOptimalProperties {

    private static final int INSTANCES = 1000;
    private static final RoutePlanner EXACT = new RoutePlanner();
    private static final RoutePlanner HEURISTIC = new RoutePlanner(0, 1);

    static LongStream seeds() {
        return RandomCurricula.seeds(INSTANCES);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldClaimProvenOptimalOnlyForRoutesAtTheOracleOptimum(long seed) {
        for (RouteInstance instance :
                new RouteInstance[] {RandomCurricula.instance(seed, 10), RandomCurricula.dense(seed)}) {
            RouteOracle oracle = new RouteOracle(instance);

            for (RoutePlanner planner : new RoutePlanner[] {EXACT, HEURISTIC}) {
                RoutePlan plan = plan(planner, instance);
                if (plan.mode() == RouteMode.EXACT) {
                    assertThat(plan.provenOptimal())
                            .as("an exact route is proven")
                            .isTrue();
                }
                if (plan.provenOptimal()) {
                    assertThat(plan.totalHours()).isCloseTo(oracle.bestHours, within(1e-6));
                    assertThat(oracle.optionalCount(mask(plan))).isEqualTo(oracle.bestOptional);
                }
            }
        }
    }

    @Test
    void shouldProveMostHeuristicRoutesThatMeetTheirBound() {
        AtomicInteger routes = new AtomicInteger();
        AtomicInteger proven = new AtomicInteger();
        AtomicInteger atBound = new AtomicInteger();
        AtomicInteger optimal = new AtomicInteger();
        RandomCurricula.seeds(INSTANCES).forEach(seed -> {
            RouteInstance instance = RandomCurricula.dense(seed);
            RoutePlan plan = plan(HEURISTIC, instance);
            if (plan.steps().isEmpty()) {
                return;
            }
            RouteOracle oracle = new RouteOracle(instance);
            routes.incrementAndGet();
            proven.addAndGet(plan.provenOptimal() ? 1 : 0);
            atBound.addAndGet(plan.totalHours() <= plan.lowerBoundHours() + 1e-6 ? 1 : 0);
            optimal.addAndGet(Math.abs(plan.totalHours() - oracle.bestHours) < 1e-6 ? 1 : 0);
            assertThat(plan.mode()).as("seed %d", seed).isEqualTo(RouteMode.HEURISTIC);
        });

        System.out.printf(
                "heuristic routes (no exact search) on %d dense curricula: %d at the optimum, %d meet the bound,"
                        + " %d proven optimal%n",
                routes.get(), optimal.get(), atBound.get(), proven.get());
        // The seeded set gives 613 proven of 614 routes, all 614 at the optimum: the floor keeps the proof from
        // silently firing less often.
        assertThat(proven.get()).isGreaterThanOrEqualTo(routes.get() * 9 / 10);
        assertThat(proven.get()).isGreaterThanOrEqualTo(atBound.get());
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
}
