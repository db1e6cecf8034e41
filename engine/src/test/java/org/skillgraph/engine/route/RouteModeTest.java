package org.skillgraph.engine.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.engine.route.Modules.core;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.LearnerState;

class RouteModeTest {

    private final RoutePlanner planner = new RoutePlanner();

    @Test
    void shouldProveTheOptimumBySearchingWhenTheBoundIsNotTight() {
        RoutePlan plan = planner.plan(
                Curricula.pairs(), LearnerState.empty(), Map.of("a", 2, "b", 2, "c", 2), RoutePreferences.defaults());

        assertThat(plan.mode()).isEqualTo(RouteMode.EXACT);
        assertThat(plan.totalHours()).isEqualTo(5.5);
        assertThat(plan.lowerBoundHours())
                .as("each skill costs at least 3 h / 2 skills: the covering bound beats LM-cut's 3.5 here")
                .isEqualTo(4.5);
        assertThat(plan.explored()).isPositive();
    }

    @Test
    void shouldFallBackToTheHeuristicWhenTheExactSearchRunsOutOfNodes() {
        // Five skills, a 3 h module for every pair and a 2.5 h one for every skill: the bound needs search.
        CurriculumSnapshot.Builder builder = CurriculumSnapshot.builder(1);
        List<String> skills = List.of("a", "b", "c", "d", "e");
        skills.forEach(skill -> builder.skill(skill, skill.toUpperCase(java.util.Locale.ROOT))
                .module(core(skill + "1", 2.5))
                .teaches(skill + "1", skill, 2));
        for (int i = 0; i < skills.size(); i++) {
            for (int j = i + 1; j < skills.size(); j++) {
                String pair = skills.get(i) + skills.get(j);
                builder.module(core(pair, 3)).teaches(pair, skills.get(i), 2).teaches(pair, skills.get(j), 2);
            }
        }
        Map<String, Integer> targets = Map.of("a", 2, "b", 2, "c", 2, "d", 2, "e", 2);

        RoutePlan plan = new RoutePlanner(24, 1)
                .plan(builder.build(), LearnerState.empty(), targets, RoutePreferences.defaults());

        assertThat(plan.mode()).isEqualTo(RouteMode.HEURISTIC);
        assertThat(plan.notes()).singleElement().asString().contains("exact search stopped after 1 nodes");
        assertThat(plan.totalHours()).isEqualTo(8.5);
        assertThat(plan.explored()).isPositive();
    }

    @Test
    void shouldUseTheHeuristicBeyondTheExactThreshold() {
        RoutePlan plan = new RoutePlanner(1, 1_000)
                .plan(Curricula.sqlPaths(), LearnerState.empty(), Map.of("sql", 4), RoutePreferences.defaults());

        assertThat(plan.mode()).isEqualTo(RouteMode.HEURISTIC);
        assertThat(plan.notes()).singleElement().asString().contains("exceed the exact threshold of 1");
        assertThat(plan.lowerBoundHours()).isLessThanOrEqualTo(plan.totalHours());
    }
}
