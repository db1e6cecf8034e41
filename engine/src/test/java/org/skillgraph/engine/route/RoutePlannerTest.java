package org.skillgraph.engine.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skillgraph.engine.route.Modules.core;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.LearnerState;
import org.skillgraph.engine.snapshot.UnknownTargetException;

class RoutePlannerTest {

    private final RoutePlanner planner = new RoutePlanner();

    private static List<String> moduleIds(RoutePlan plan) {
        return plan.steps().stream().map(RouteStep::moduleId).toList();
    }

    @Test
    void shouldTakePrerequisitesBeforeTheSkillsThatRequireThem() {
        CurriculumSnapshot snapshot = CurriculumSnapshot.builder(1)
                .skill("algebra", "Algebra")
                .skill("stats", "Statistics")
                .requires("stats", "algebra", 2)
                .module(core("stats-201", 4))
                .module(core("algebra-101", 2))
                .teaches("stats-201", "stats", 3)
                .teaches("algebra-101", "algebra", 2)
                .build();

        RoutePlan plan = planner.plan(snapshot, LearnerState.empty(), Map.of("stats", 3), RoutePreferences.defaults());

        assertThat(plan.mode()).isEqualTo(RouteMode.EXACT);
        assertThat(moduleIds(plan)).containsExactly("algebra-101", "stats-201");
        assertThat(plan.totalHours()).isEqualTo(6.0);
        assertThat(plan.lowerBoundHours()).isEqualTo(6.0);
        RouteStep first = plan.steps().get(0);
        assertThat(first.closes()).containsExactly(new LevelChange("algebra", "Algebra", 0, 2));
        assertThat(first.unlocks()).containsExactly(1);
        assertThat(plan.unreachable()).isEmpty();
    }

    @Test
    void shouldRequireThePrerequisitesOfEverySkillAModuleRaises() {
        CurriculumSnapshot snapshot = CurriculumSnapshot.builder(1)
                .skill("sql", "SQL")
                .skill("tuning", "Query tuning")
                .skill("indexes", "Indexes")
                .requires("tuning", "indexes", 2)
                .module(core("sql-deep", 5))
                .module(core("indexes-101", 1))
                .teaches("sql-deep", "sql", 3)
                .teaches("sql-deep", "tuning", 2)
                .teaches("indexes-101", "indexes", 2)
                .build();

        RoutePlan plan = planner.plan(snapshot, LearnerState.empty(), Map.of("sql", 3), RoutePreferences.defaults());

        assertThat(moduleIds(plan))
                .as("sql-deep also raises tuning, which requires indexes at 2")
                .containsExactly("indexes-101", "sql-deep");
    }

    @Test
    void shouldWaitForAssumedLevelsAndOfferAlternativesWithTheirExtraCost() {
        RoutePlan plan =
                planner.plan(Curricula.sqlPaths(), LearnerState.empty(), Map.of("sql", 4), RoutePreferences.defaults());

        assertThat(moduleIds(plan)).containsExactly("sql-intro", "sql-advanced");
        assertThat(plan.totalHours()).isEqualTo(5.0);
        assertThat(plan.steps().get(0).unlocks()).containsExactly(1);
        assertThat(plan.steps().get(0).alternative())
                .as("the bootcamp reaches sql 4, so advanced can still start")
                .isEqualTo(new Alternative("sql-bootcamp", "Title of sql-bootcamp", 8, 6));
        assertThat(plan.steps().get(1).alternative())
                .isEqualTo(new Alternative("sql-bootcamp", "Title of sql-bootcamp", 8, 5));
        assertThat(plan.steps().get(1).closes()).containsExactly(new LevelChange("sql", "SQL", 2, 4));
    }

    @Test
    void shouldNotRepeatCompletedModules() {
        LearnerState learner = new LearnerState(Map.of("sql", 1), Set.of("sql-intro"));

        RoutePlan plan = planner.plan(Curricula.sqlPaths(), learner, Map.of("sql", 4), RoutePreferences.defaults());

        assertThat(moduleIds(plan)).containsExactly("sql-bootcamp");
        assertThat(plan.steps().get(0).alternative()).isNull();
    }

    @Test
    void shouldSkipDraftsAndModulesThePreferencesExclude() {
        CurriculumSnapshot snapshot = CurriculumSnapshot.builder(1)
                .skill("python", "Python")
                .module(Modules.withStatus("py-draft", 1, "draft"))
                .module(Modules.withModality("py-workshop", 2, "workshop"))
                .module(Modules.scheduled("py-cohort", 3))
                .module(Modules.withModality("py-video", 4, "video"))
                .teaches("py-draft", "python", 3)
                .teaches("py-workshop", "python", 3)
                .teaches("py-cohort", "python", 3)
                .teaches("py-video", "python", 3)
                .build();
        Map<String, Integer> target = Map.of("python", 3);

        RoutePlan anything = planner.plan(snapshot, LearnerState.empty(), target, RoutePreferences.defaults());
        RoutePlan noWorkshops = planner.plan(
                snapshot, LearnerState.empty(), target, new RoutePreferences(Set.of("workshop"), false, false, null));
        RoutePlan selfPaced =
                planner.plan(snapshot, LearnerState.empty(), target, new RoutePreferences(Set.of(), true, false, null));

        assertThat(moduleIds(anything)).containsExactly("py-workshop");
        assertThat(moduleIds(noWorkshops)).containsExactly("py-video");
        assertThat(moduleIds(selfPaced)).containsExactly("py-workshop");
    }

    @Test
    void shouldUseOptionalDeepDivesOnlyWhereNoCoreModuleDoesUnlessAskedTo() {
        CurriculumSnapshot snapshot = CurriculumSnapshot.builder(1)
                .skill("ml", "Machine learning")
                .skill("rl", "Reinforcement learning")
                .module(core("ml-core", 5))
                .module(Modules.optional("ml-deep-dive", 3))
                .module(Modules.optional("rl-deep-dive", 4))
                .teaches("ml-core", "ml", 3)
                .teaches("ml-deep-dive", "ml", 3)
                .teaches("rl-deep-dive", "rl", 2)
                .build();
        Map<String, Integer> targets = Map.of("ml", 3, "rl", 2);

        RoutePlan corePreferred = planner.plan(snapshot, LearnerState.empty(), targets, RoutePreferences.defaults());
        RoutePlan optionalEqual = planner.plan(
                snapshot, LearnerState.empty(), targets, new RoutePreferences(Set.of(), false, true, null));

        assertThat(moduleIds(corePreferred)).containsExactlyInAnyOrder("ml-core", "rl-deep-dive");
        assertThat(corePreferred.steps())
                .filteredOn(step -> step.moduleId().equals("ml-core"))
                .singleElement()
                .satisfies(step -> assertThat(step.alternative().extraHours()).isEqualTo(-2));
        assertThat(moduleIds(optionalEqual)).containsExactlyInAnyOrder("ml-deep-dive", "rl-deep-dive");
        assertThat(optionalEqual.totalHours()).isEqualTo(7.0);
    }

    @Test
    void shouldReportUnreachableTargetsWithAReasonAndStillPlanTheRest() {
        CurriculumSnapshot snapshot = CurriculumSnapshot.builder(1)
                .skill("sql", "SQL")
                .skill("cobol", "COBOL")
                .skill("quantum", "Quantum computing")
                .skill("ml", "Machine learning")
                .skill("stats", "Statistics")
                .requires("ml", "stats", 4)
                .module(core("sql-101", 2))
                .module(core("cobol-101", 2))
                .module(Modules.withModality("quantum-lab", 6, "workshop"))
                .module(core("ml-101", 5))
                .module(core("stats-101", 3))
                .teaches("sql-101", "sql", 3)
                .teaches("cobol-101", "cobol", 1)
                .teaches("quantum-lab", "quantum", 2)
                .teaches("ml-101", "ml", 3)
                .teaches("stats-101", "stats", 2)
                .build();
        Map<String, Integer> targets = Map.of("sql", 3, "cobol", 3, "quantum", 2, "ml", 3);

        RoutePlan plan = planner.plan(
                snapshot, LearnerState.empty(), targets, new RoutePreferences(Set.of("workshop"), false, false, null));

        assertThat(moduleIds(plan)).containsExactly("sql-101");
        assertThat(plan.unreachable())
                .as("in skill id order")
                .containsExactly(
                        new UnreachableTarget(
                                "cobol", "COBOL", 3, 1, UnreachableReason.NO_MODULE_TEACHES_LEVEL, null, 0),
                        new UnreachableTarget(
                                "ml", "Machine learning", 3, 0, UnreachableReason.PREREQUISITE_UNREACHABLE, "stats", 4),
                        new UnreachableTarget(
                                "quantum",
                                "Quantum computing",
                                2,
                                0,
                                UnreachableReason.EXCLUDED_BY_PREFERENCES,
                                null,
                                0));
    }

    @Test
    void shouldPlanForEverythingARoleNeeds() {
        CurriculumSnapshot snapshot = CurriculumSnapshot.builder(1)
                .skill("sql", "SQL")
                .skill("python", "Python")
                .role("analyst", "Data Analyst", "Data", 2)
                .needs("analyst", "sql", 2, 5, true)
                .needs("analyst", "python", 1, 2, false)
                .module(core("sql-101", 2))
                .module(core("py-101", 3))
                .teaches("sql-101", "sql", 2)
                .teaches("py-101", "python", 2)
                .build();

        RoutePlan plan = planner.planForRole(
                snapshot, LearnerState.of(Map.of("python", 1)), "analyst", RoutePreferences.defaults());

        assertThat(moduleIds(plan)).containsExactly("sql-101");
        assertThatThrownBy(() ->
                        planner.planForRole(snapshot, LearnerState.empty(), "astronaut", RoutePreferences.defaults()))
                .isInstanceOf(UnknownTargetException.class);
    }

    @Test
    void shouldReturnAnEmptyRouteWhenNothingIsMissing() {
        RoutePlan plan = planner.plan(
                Curricula.sqlPaths(), LearnerState.of(Map.of("sql", 5)), Map.of("sql", 4), RoutePreferences.defaults());

        assertThat(plan.steps()).isEmpty();
        assertThat(plan.totalHours()).isZero();
        assertThat(plan.schedule().totalWeeks()).isZero();
        assertThat(plan.mode()).isEqualTo(RouteMode.EXACT);
    }

    @Test
    void shouldRefuseUnknownSkillsAndLevelsOffTheScale() {
        assertThatThrownBy(() -> planner.plan(
                        Curricula.sqlPaths(), LearnerState.empty(), Map.of("cobol", 2), RoutePreferences.defaults()))
                .isInstanceOf(UnknownTargetException.class);
        assertThatThrownBy(() -> planner.plan(
                        Curricula.sqlPaths(), LearnerState.empty(), Map.of("sql", 6), RoutePreferences.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldReportTargetsCaughtInAPrerequisiteCycleWithoutFailing() {
        CurriculumSnapshot snapshot = CurriculumSnapshot.builder(1)
                .skill("chicken", "Chicken")
                .skill("egg", "Egg")
                .skill("sql", "SQL")
                .requires("chicken", "egg", 1)
                .requires("egg", "chicken", 1)
                .module(core("chicken-101", 1))
                .module(core("egg-101", 1))
                .module(core("sql-101", 2))
                .teaches("chicken-101", "chicken", 2)
                .teaches("egg-101", "egg", 2)
                .teaches("sql-101", "sql", 2)
                .build();

        RoutePlan plan = planner.plan(
                snapshot, LearnerState.empty(), Map.of("chicken", 2, "sql", 2), RoutePreferences.defaults());

        assertThat(snapshot.prerequisiteCycles()).containsExactly(List.of("chicken", "egg"));
        assertThat(moduleIds(plan)).containsExactly("sql-101");
        assertThat(plan.unreachable()).singleElement().satisfies(u -> {
            assertThat(u.reason()).isEqualTo(UnreachableReason.PREREQUISITE_UNREACHABLE);
            assertThat(u.blockingSkillId()).isEqualTo("egg");
        });
    }
}
