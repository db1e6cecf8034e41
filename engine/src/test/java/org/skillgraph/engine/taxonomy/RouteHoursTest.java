package org.skillgraph.engine.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.ModuleInfo;

class RouteHoursTest {

    /** Roles r0…r{n-1}, each needing sql at 3, taught by a module of {@code hours}. */
    private static CurriculumSnapshot curriculum(int roles, double hours) {
        var b = CurriculumSnapshot.builder(1)
                .skill("sql", "SQL")
                .module(new ModuleInfo("m-sql", "SQL", hours, "course", "self-paced", null, true, "published", null))
                .teaches("m-sql", "sql", 3);
        for (int i = 0; i < roles; i++) {
            b.role(String.format("r%03d", i), "Role " + i, null, null)
                    .needs(String.format("r%03d", i), "sql", 3, 3, true);
        }
        return b.build();
    }

    private static List<String> ids(int n) {
        var ids = new ArrayList<String>();
        for (int i = n - 1; i >= 0; i--) {
            ids.add(String.format("r%03d", i));
        }
        return ids;
    }

    @Test
    void shouldCompareEveryAffectedRoleWithinTheBudgetLargestMoveFirst() {
        var routes = RouteHours.compare(new RoutePlanner(), curriculum(5, 10), curriculum(5, 6), ids(5));

        assertThat(routes.compared()).isEqualTo(5);
        assertThat(routes.notCompared()).isZero();
        assertThat(routes.changed()).isEqualTo(5);
        assertThat(routes.sample().get(0)).isEqualTo(new RouteHours("r000", 10.0, 6.0));
    }

    @Test
    void shouldCountTheRolesLeftWhenThePlanningTimeRunsOut() {
        var now = new AtomicLong();
        // Each look at the clock moves it on by one second: the third role starts past a 2.5 s budget.
        var routes = RouteHours.compare(
                new RoutePlanner(),
                curriculum(5, 10),
                curriculum(5, 6),
                ids(5),
                Duration.ofMillis(2_500),
                () -> now.getAndAdd(1_000_000_000L));

        assertThat(routes.compared()).isEqualTo(2);
        assertThat(routes.notCompared()).isEqualTo(3);
        assertThat(routes.sample()).extracting(RouteHours::role).containsExactly("r000", "r001");
    }

    @Test
    void shouldPlanAtMostTheRoleCapAndCountTheRest() {
        var routes = RouteHours.compare(
                new RoutePlanner(), curriculum(205, 10), curriculum(205, 10), ids(205), Duration.ofHours(1), () -> 0L);

        assertThat(routes.compared()).isEqualTo(RouteHours.MAX_ROLES);
        assertThat(routes.notCompared()).isEqualTo(5);
        assertThat(routes.changed()).isZero();
    }
}
