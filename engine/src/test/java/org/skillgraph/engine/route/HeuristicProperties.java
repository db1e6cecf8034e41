package org.skillgraph.engine.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The heuristic against proven optima on curricula too large for brute force (up to 20 modules): the exact
 * mode's optimality is itself checked against the brute-force oracle in {@link RoutePlannerProperties}. One test
 * over every seed so the worst and mean ratio are asserted and printed together; each check names its seed.
 */
class HeuristicProperties {

    private static final int INSTANCES = 500;
    private static final RoutePlanner EXACT = new RoutePlanner(24, 1_000_000);
    private static final RoutePlanner HEURISTIC = new RoutePlanner(0, 1);

    @Test
    void shouldStayWithinTenPercentOfTheProvenOptimumOnLargerCurricula() {
        List<Double> ratios = new ArrayList<>();
        RandomCurricula.seeds(INSTANCES).forEach(seed -> {
            RouteInstance instance = RandomCurricula.medium(seed);
            RoutePlan exact = plan(EXACT, instance);
            RoutePlan heuristic = plan(HEURISTIC, instance);

            assertThat(heuristic.unreachable()).as("seed %d", seed).isEqualTo(exact.unreachable());
            assertThat(heuristic.totalHours()).as("seed %d", seed).isGreaterThanOrEqualTo(exact.totalHours() - 1e-6);
            if (exact.mode() == RouteMode.EXACT && exact.steps().size() >= 2) {
                double ratio = heuristic.totalHours() / exact.totalHours();
                assertThat(ratio).as("seed %d", seed).isLessThanOrEqualTo(1.10);
                ratios.add(ratio);
            }
        });

        double worst = ratios.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double mean = ratios.stream().mapToDouble(Double::doubleValue).average().orElse(1);
        System.out.printf(
                "heuristic/proven optimum over %d routes of 2+ modules (12-20 module curricula): worst %.4f,"
                        + " mean %.4f, optimal in %d%n",
                ratios.size(),
                worst,
                mean,
                ratios.stream().filter(r -> r < 1 + 1e-9).count());
        assertThat(ratios).as("routes of 2+ modules proven optimal").hasSizeGreaterThanOrEqualTo(INSTANCES / 4);
        assertThat(worst).isLessThanOrEqualTo(1.10);
    }

    private static RoutePlan plan(RoutePlanner planner, RouteInstance instance) {
        return planner.plan(instance.snapshot(), instance.learner(), instance.targetMap(), instance.preferences());
    }
}
