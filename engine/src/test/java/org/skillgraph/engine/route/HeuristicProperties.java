package org.skillgraph.engine.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The heuristic against proven optima on curricula too large for brute force (up to 20 modules): the exact
 * mode's optimality is itself checked against the brute-force oracle in {@link RoutePlannerProperties}.
 */
class HeuristicProperties {

    private static final RoutePlanner EXACT = new RoutePlanner(24, 1_000_000);
    private static final RoutePlanner HEURISTIC = new RoutePlanner(0, 1);
    private static final List<Double> RATIOS = Collections.synchronizedList(new ArrayList<>());

    @Provide
    Arbitrary<RouteInstance> mediumInstances() {
        return RouteArbitraries.mediumInstances();
    }

    @Property(tries = 500, seed = "20261129")
    void shouldStayWithinTenPercentOfTheProvenOptimumOnLargerCurricula(
            @ForAll("mediumInstances") RouteInstance instance) {
        RoutePlan exact = plan(EXACT, instance);
        RoutePlan heuristic = plan(HEURISTIC, instance);

        assertThat(heuristic.unreachable()).isEqualTo(exact.unreachable());
        assertThat(heuristic.totalHours()).isGreaterThanOrEqualTo(exact.totalHours() - 1e-6);
        if (exact.mode() == RouteMode.EXACT && exact.steps().size() >= 2) {
            double ratio = heuristic.totalHours() / exact.totalHours();
            RATIOS.add(ratio);
            assertThat(ratio).isLessThanOrEqualTo(1.10);
        }
    }

    @AfterContainer
    static void printRatios() {
        synchronized (RATIOS) {
            System.out.printf(
                    "heuristic/proven optimum over %d routes of 2+ modules (12-20 module curricula): worst %.4f,"
                            + " mean %.4f, optimal in %d%n",
                    RATIOS.size(),
                    RATIOS.stream().mapToDouble(Double::doubleValue).max().orElse(1),
                    RATIOS.stream().mapToDouble(Double::doubleValue).average().orElse(1),
                    RATIOS.stream().filter(r -> r < 1 + 1e-9).count());
        }
    }

    private static RoutePlan plan(RoutePlanner planner, RouteInstance instance) {
        return planner.plan(instance.snapshot(), instance.learner(), instance.targetMap(), instance.preferences());
    }
}
