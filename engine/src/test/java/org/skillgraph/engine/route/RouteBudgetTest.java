package org.skillgraph.engine.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.engine.route.Modules.core;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.budget.BudgetUse;
import org.skillgraph.engine.budget.PlanningBudget;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.LearnerState;

class RouteBudgetTest {

    private static final int SKILLS = 2_000;
    private static final CurriculumSnapshot LARGE = LargeCurricula.generate(20_261_207L, SKILLS, 4_000);
    private static final Map<String, Integer> TARGETS = LargeCurricula.spreadTargets(SKILLS, 150);

    /**
     * The default counted limits with a wall clock no busy machine reaches, so only the counted limits decide
     * (the default 5 s backstop could run out on a loaded CI machine and make these answers differ).
     */
    private static final PlanningBudget COUNTED = PlanningBudget.defaults().withWallClock(Duration.ofHours(1));

    @Test
    void shouldReportWhatALargePlanSpentWithinTheDefaultBudget() {
        RoutePlan plan =
                new RoutePlanner(COUNTED).plan(LARGE, LearnerState.empty(), TARGETS, RoutePreferences.defaults());

        assertValid(plan);
        BudgetUse use = plan.budget();
        assertThat(use.ranOut()).isEmpty();
        assertThat(use.work()).isPositive().isLessThanOrEqualTo(use.workLimit());
        assertThat(use.workLimit()).isEqualTo(PlanningBudget.DEFAULT_WORK);
        assertThat(use.searchNodes()).isLessThanOrEqualTo(use.searchNodeLimit());
        assertThat(plan.notes()).noneSatisfy(note -> assertThat(note).contains("budget ran out"));
    }

    @Test
    void shouldSpendTheSameWorkOnTheSameRequest() {
        RoutePlanner planner = new RoutePlanner(COUNTED);

        RoutePlan first = planner.plan(LARGE, LearnerState.empty(), TARGETS, RoutePreferences.defaults());
        RoutePlan second = planner.plan(LARGE, LearnerState.empty(), TARGETS, RoutePreferences.defaults());

        assertThat(second.budget()).isEqualTo(first.budget());
        assertThat(second.steps()).isEqualTo(first.steps());
    }

    @Test
    void shouldAnswerAValidRouteWithAnHonestBoundWhenTheWorkRunsOut() {
        PlanningBudget small = COUNTED.withWork(20_000);
        RoutePlan ample =
                new RoutePlanner(COUNTED).plan(LARGE, LearnerState.empty(), TARGETS, RoutePreferences.defaults());

        RoutePlan plan =
                new RoutePlanner(small).plan(LARGE, LearnerState.empty(), TARGETS, RoutePreferences.defaults());

        assertValid(plan);
        assertThat(plan.mode()).isEqualTo(RouteMode.HEURISTIC);
        assertThat(plan.budget().ranOut()).containsExactly(BudgetUse.Limit.WORK);
        assertThat(plan.budget().work()).isGreaterThan(plan.budget().workLimit());
        assertThat(plan.budget().workLimit()).isEqualTo(20_000);
        assertThat(plan.lowerBoundHours()).isEqualTo(ample.lowerBoundHours());
        assertThat(plan.notes())
                .anySatisfy(note -> assertThat(note)
                        .contains("the planning budget ran out (work)")
                        .contains("without an alternative"));
        assertThat(withoutAlternative(plan))
                .as("steps the exhausted budget left unexplained")
                .isGreaterThan(withoutAlternative(ample));
    }

    @Test
    void shouldChangeOnlyTheWallClockWhenAskedForAnotherOne() {
        PlanningBudget hour = PlanningBudget.defaults().withWallClock(Duration.ofHours(1));

        assertThat(hour)
                .isEqualTo(new PlanningBudget(
                        PlanningBudget.DEFAULT_MAX_TARGETS,
                        PlanningBudget.DEFAULT_SEARCH_NODES,
                        PlanningBudget.DEFAULT_WORK,
                        Duration.ofHours(1)));
    }

    private static long withoutAlternative(RoutePlan plan) {
        return plan.steps().stream().filter(step -> step.alternative() == null).count();
    }

    @Test
    void shouldFallBackToTheHeuristicWhenTheSearchNodesRunOut() {
        CurriculumSnapshot.Builder builder = CurriculumSnapshot.builder(1);
        String[] skills = {"a", "b", "c", "d", "e"};
        for (String skill : skills) {
            builder.skill(skill, skill).module(core(skill + "1", 2.5)).teaches(skill + "1", skill, 2);
        }
        for (int i = 0; i < skills.length; i++) {
            for (int j = i + 1; j < skills.length; j++) {
                String pair = skills[i] + skills[j];
                builder.module(core(pair, 3)).teaches(pair, skills[i], 2).teaches(pair, skills[j], 2);
            }
        }
        Map<String, Integer> targets = Map.of("a", 2, "b", 2, "c", 2, "d", 2, "e", 2);

        RoutePlan plan = new RoutePlanner(COUNTED.withSearchNodes(3))
                .plan(builder.build(), LearnerState.empty(), targets, RoutePreferences.defaults());

        assertThat(plan.mode()).isEqualTo(RouteMode.HEURISTIC);
        assertThat(plan.budget().ranOut()).containsExactly(BudgetUse.Limit.SEARCH_NODES);
        assertThat(plan.budget().searchNodes()).isEqualTo(3);
        assertThat(plan.budget().searchNodeLimit()).isEqualTo(3);
        assertThat(plan.notes())
                .anySatisfy(note -> assertThat(note)
                        .contains("exact search stopped after 3 nodes (the search-nodes budget ran out)"));
        assertThat(plan.lowerBoundHours()).isLessThanOrEqualTo(plan.totalHours());
    }

    /** A sound route: a lower bound no higher than the hours, no module twice, every target reached or explained. */
    private static void assertValid(RoutePlan plan) {
        assertThat(plan.lowerBoundHours()).isPositive().isLessThanOrEqualTo(plan.totalHours());
        assertThat(plan.steps()).extracting(RouteStep::moduleId).doesNotHaveDuplicates();
        assertThat(plan.schedule().skillMilestones().size() + plan.unreachable().size())
                .as("every target is either reached or reported unreachable")
                .isEqualTo(TARGETS.size());
    }
}
