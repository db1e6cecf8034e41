package org.skillgraph.engine.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.engine.route.Modules.core;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.LearnerState;

class RouteScheduleTest {

    private final RoutePlanner planner = new RoutePlanner();

    @Test
    void shouldLayTheRouteOutWeekByWeekWithMilestones() {
        CurriculumSnapshot snapshot = CurriculumSnapshot.builder(1)
                .skill("a", "A")
                .skill("b", "B")
                .requires("b", "a", 2)
                .module(core("mod-a", 3))
                .module(core("mod-b", 6))
                .teaches("mod-a", "a", 2)
                .teaches("mod-b", "b", 3)
                .badge("badge-a", "A foundation")
                .certifies("badge-a", "a", 2)
                .badge("badge-ab", "A and B")
                .certifies("badge-ab", "a", 2)
                .certifies("badge-ab", "b", 3)
                .badge("badge-held", "Already earnable")
                .certifies("badge-held", "a", 0)
                .build();

        RoutePlan plan = planner.plan(
                snapshot, LearnerState.empty(), Map.of("b", 3), new RoutePreferences(Set.of(), false, false, 4.0));

        Schedule schedule = plan.schedule();
        assertThat(schedule.weeks())
                .containsExactly(
                        new ScheduleWeek(
                                1,
                                List.of(new ScheduledModule("mod-a", 3, true), new ScheduledModule("mod-b", 1, false)),
                                4),
                        new ScheduleWeek(2, List.of(new ScheduledModule("mod-b", 4, false)), 4),
                        new ScheduleWeek(3, List.of(new ScheduledModule("mod-b", 1, true)), 1));
        assertThat(schedule.totalWeeks()).isEqualTo(3);
        assertThat(schedule.skillMilestones()).containsExactly(new SkillMilestone("b", "B", 3, 3));
        assertThat(schedule.badgeMilestones())
                .containsExactly(
                        new BadgeMilestone("badge-a", "A foundation", 1), new BadgeMilestone("badge-ab", "A and B", 3));
    }

    @Test
    void shouldScheduleFiveHoursAWeekByDefault() {
        RoutePlan plan =
                planner.plan(Curricula.sqlPaths(), LearnerState.empty(), Map.of("sql", 4), RoutePreferences.defaults());

        assertThat(plan.schedule().weeklyHours()).isEqualTo(5.0);
        assertThat(plan.schedule().totalWeeks()).isEqualTo(1);
        assertThat(plan.schedule().skillMilestones()).containsExactly(new SkillMilestone("sql", "SQL", 4, 1));
    }
}
