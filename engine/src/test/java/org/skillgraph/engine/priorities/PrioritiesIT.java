package org.skillgraph.engine.priorities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.curriculum.CurriculumRepository;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.learner.LearnerRepository;
import org.skillgraph.engine.metrics.MetricsFilter;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.seed.testing.Neo4jFixture;

/** Priorities on the demo organisation, held to a brute-force recomputation of every member's routes. */
class PrioritiesIT {

    private final Neo4jFixture neo4j = Neo4jFixture.get();
    private final GraphClient graph = GraphClient.wrap(neo4j.driver(), Neo4jSettings.unauthenticated(neo4j.boltUri()));
    private final LearnerRepository learners =
            new LearnerRepository(graph, LevelRules.defaults(), Neo4jFixture.ANCHOR_CLOCK);
    private final CurriculumCache curriculum = new CurriculumCache(new CurriculumRepository(graph)::load);
    private final PrioritiesService priorities = new PrioritiesService(curriculum, learners, new RoutePlanner(), 3);

    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of(new MetricsFilter(null, "c-2026-q1-data-analysts", null), 12),
                Arguments.of(new MetricsFilter(null, "c-emerging-leaders-2026", null), 13),
                Arguments.of(new MetricsFilter("data-analyst", null, null), 10),
                Arguments.of(new MetricsFilter(null, null, "Finance"), 11));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void shouldMatchABruteForceRecomputationOfTheMembersRoutes(MetricsFilter filter, int people) {
        neo4j.useDemo();

        var report = priorities.priorities(filter, PrioritiesService.MAX_ITEMS);

        assertThat(report.people()).isEqualTo(people);
        assertThat(report.suppressed()).isFalse();
        var snapshot = curriculum.at(report.graphVersion());
        var members = PrioritiesService.members(snapshot, learners.loadPeople(selected(filter)), filter.role());
        assertThat(report.assessed()).isEqualTo(members.size());
        var oracle = new PrioritiesOracle(snapshot);
        var lacking = oracle.lacking(members);
        assertThat(report.skills())
                .extracting(SkillPriority::skillId)
                .containsExactlyInAnyOrderElementsOf(lacking.entrySet().stream()
                        .filter(e -> e.getValue() >= 3)
                        .map(Map.Entry::getKey)
                        .toList());
        assertThat(report.skills())
                .isNotEmpty()
                .isSortedAccordingTo(SkillPriorities.ORDER)
                .allSatisfy(s -> {
                    var expected = oracle.skill(members, s.skillId());
                    assertThat(new PrioritiesOracle.Figures(
                                    s.members(),
                                    s.criticalFor(),
                                    s.hoursSaved(),
                                    s.essentialGapsClosed(),
                                    s.becomeReady(),
                                    s.becomeAbleToReach()))
                            .as(s.skillId())
                            .isEqualTo(expected);
                    assertThat(s.explanation()).startsWith(s.name() + " to level " + s.level());
                });
        var onRoutes = oracle.onRoutes(members);
        assertThat(report.modules())
                .isNotEmpty()
                .isSortedAccordingTo(ModuleSessions.ORDER)
                .allSatisfy(m -> {
                    assertThat(onRoutes).contains(m.moduleId());
                    assertThat(new PrioritiesOracle.SessionFigures(
                                    m.onRoutes(),
                                    m.membersHelped(),
                                    m.memberHoursRemoved(),
                                    m.becomeReady(),
                                    m.becomeAbleToReach()))
                            .as(m.moduleId())
                            .isEqualTo(oracle.session(members, m.moduleId()));
                });
        assertThat(report.skills().size() + report.modules().size() + report.withheld())
                .isEqualTo(lacking.size() + onRoutes.size());
    }

    @Test
    void shouldSuppressAGroupSmallerThanTheMinimum() {
        neo4j.useDemo();

        var report = priorities.priorities(new MetricsFilter(null, null, "Executive"), 10);

        assertThat(report.suppressed()).isTrue();
        assertThat(report.people()).isNull();
        assertThat(report.assessed()).isNull();
        assertThat(report.skills()).isEmpty();
        assertThat(report.modules()).isEmpty();
    }

    @Test
    void shouldRefuseAnUnknownCohort() {
        neo4j.useDemo();

        assertThatThrownBy(() -> priorities.priorities(new MetricsFilter(null, "no-such-cohort", null), 10))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no-such-cohort");
    }

    /** The ids the filter selects, found by a query of the test's own. */
    private List<String> selected(MetricsFilter filter) {
        return neo4j.query("""
                        MATCH (p:Person)
                        WHERE ($cohort IS NULL OR EXISTS { (p)-[:MEMBER_OF]->(:Cohort {id: $cohort}) })
                          AND ($role IS NULL OR EXISTS { (p)-[:TARGETS]->(:Role {id: $role}) })
                          AND ($department IS NULL OR p.department = $department)
                        RETURN p.id ORDER BY p.id
                        """, params(filter)).stream().map(String.class::cast).toList();
    }

    private static Map<String, Object> params(MetricsFilter filter) {
        var params = new java.util.HashMap<String, Object>();
        params.put("cohort", filter.cohort());
        params.put("role", filter.role());
        params.put("department", filter.department());
        return params;
    }
}
