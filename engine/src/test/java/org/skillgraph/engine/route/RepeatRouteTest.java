package org.skillgraph.engine.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.engine.route.Modules.core;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.LearnerState;

/** A level that decayed can be won back: the module that taught it may be repeated, and the step says so. */
class RepeatRouteTest {

    /** Statistics 3 is taught by one module only. */
    private static final CurriculumSnapshot ONE_TEACHER = CurriculumSnapshot.builder(1)
            .skill("stats", "Statistics")
            .skill("sql", "SQL")
            .module(core("stats-201", 6))
            .module(core("sql-101", 2))
            .teaches("stats-201", "stats", 3)
            .teaches("sql-101", "sql", 2)
            .build();

    private static final Map<String, Integer> TARGET = Map.of("stats", 3, "sql", 2);

    @Test
    void shouldRepeatACompletedModuleWhoseSkillDecayedBelowWhatItTeaches() {
        // Statistics 3 from stats-201, evidenced more than two years ago: it counts 2 now.
        var learner = new LearnerState(Map.of("stats", 2), Set.of("stats-201"), Set.of("stats"));

        for (var planner : new RoutePlanner[] {new RoutePlanner(), new RoutePlanner(0, 1)}) {
            RoutePlan plan = planner.plan(ONE_TEACHER, learner, TARGET, RoutePreferences.defaults());

            assertThat(plan.unreachable()).isEmpty();
            assertThat(plan.steps()).extracting(RouteStep::moduleId).containsExactlyInAnyOrder("stats-201", "sql-101");
            var repeated = plan.steps().stream()
                    .filter(s -> s.moduleId().equals("stats-201"))
                    .findFirst()
                    .orElseThrow();
            assertThat(repeated.repeat()).isTrue();
            assertThat(repeated.repeatReason())
                    .contains("Statistics has decayed to level 2")
                    .contains("below the level 3 this module teaches");
            assertThat(repeated.closes()).containsExactly(new LevelChange("stats", "Statistics", 2, 3));
            var fresh = plan.steps().stream()
                    .filter(s -> s.moduleId().equals("sql-101"))
                    .findFirst()
                    .orElseThrow();
            assertThat(fresh.repeat()).isFalse();
            assertThat(fresh.repeatReason()).isNull();
        }
    }

    @Test
    void shouldNotRepeatACompletedModuleWhoseSkillIsFresh() {
        // Completed, but the level held is fresh (a newer, lower assessment): no decay to win back.
        var learner = new LearnerState(Map.of("stats", 2), Set.of("stats-201"), Set.of());

        RoutePlan plan = new RoutePlanner().plan(ONE_TEACHER, learner, TARGET, RoutePreferences.defaults());

        assertThat(plan.steps()).extracting(RouteStep::moduleId).containsExactly("sql-101");
        assertThat(plan.unreachable())
                .extracting(UnreachableTarget::skillId, UnreachableTarget::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("stats", UnreachableReason.NO_MODULE_TEACHES_LEVEL));
    }

    @Test
    void shouldNotRepeatACompletedModuleTeachingNoMoreThanTheDecayedLevel() {
        // Statistics decayed from 3 to 2, but stats-101 only ever taught 2: repeating it wins nothing back.
        var snapshot = CurriculumSnapshot.builder(1)
                .skill("stats", "Statistics")
                .module(core("stats-101", 2))
                .module(core("stats-201", 6))
                .teaches("stats-101", "stats", 2)
                .teaches("stats-201", "stats", 3)
                .build();
        var learner = new LearnerState(Map.of("stats", 2), Set.of("stats-101"), Set.of("stats"));

        RoutePlan plan = new RoutePlanner().plan(snapshot, learner, Map.of("stats", 3), RoutePreferences.defaults());

        assertThat(plan.steps()).extracting(RouteStep::moduleId).containsExactly("stats-201");
        assertThat(plan.steps().get(0).repeat()).isFalse();
    }
}
