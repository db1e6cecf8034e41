package org.skillgraph.engine.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.curriculum.CurriculumRepository;
import org.skillgraph.engine.design.CurriculumChange.AddModule;
import org.skillgraph.engine.design.CurriculumChange.AddPrerequisite;
import org.skillgraph.engine.design.CurriculumChange.SetAssumes;
import org.skillgraph.engine.design.CurriculumChange.SetNeed;
import org.skillgraph.engine.design.CurriculumChange.SetTeaches;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.gap.GapPlanner;
import org.skillgraph.engine.ids.IdClashRepository;
import org.skillgraph.engine.learner.LearnerRepository;
import org.skillgraph.engine.metrics.MetricsFilter;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.engine.priorities.Member;
import org.skillgraph.engine.priorities.PrioritiesService;
import org.skillgraph.engine.route.RoutePlan;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.route.RoutePreferences;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.SkillLevel;
import org.skillgraph.seed.testing.Neo4jFixture;

/**
 * What-if on people, held to the same change made for real on the demo: every member's route planned afresh on the
 * curriculum read back from the graph, without the what-if's own copy of it.
 */
class WhatIfPeopleIT {

    private static final MetricsFilter ANALYSTS = new MetricsFilter(null, "c-2026-q1-data-analysts", null);

    private final Neo4jFixture neo4j = Neo4jFixture.get();
    private final GraphClient graph = GraphClient.wrap(neo4j.driver(), Neo4jSettings.unauthenticated(neo4j.boltUri()));
    private final LearnerRepository learners =
            new LearnerRepository(graph, LevelRules.defaults(), Neo4jFixture.ANCHOR_CLOCK);
    private final CurriculumCache curriculum = new CurriculumCache(new CurriculumRepository(graph)::load);
    private final DesignService design = new DesignService(
            curriculum,
            learners,
            new DanglingReferenceRepository(graph),
            new RoleBaselines(new RoutePlanner()),
            new IdClashRepository(graph));

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of(
                        List.of(new AddModule(
                                "m-query-tuning-sprint",
                                "Query tuning sprint",
                                6,
                                "video",
                                List.of(new SkillLevel("query-tuning", 3)),
                                List.of(new SkillLevel("sql", 3)))),
                        List.of("""
                                MATCH (q:Skill {id: 'query-tuning'}), (s:Skill {id: 'sql'})
                                CREATE (m:Module {id: 'm-query-tuning-sprint', title: 'Query tuning sprint', hours: 6.0,
                                        modality: 'video', pacing: 'self-paced', core: true, status: 'published'})
                                CREATE (m)-[:TEACHES {level: 3}]->(q), (m)-[:ASSUMES {level: 3}]->(s)
                                """)),
                Arguments.of(
                        List.of(
                                new SetNeed("data-analyst", "query-tuning", 0, null, null),
                                new SetNeed("senior-data-analyst", "sql", 5, 5, true)),
                        List.of(
                                "MATCH (:Role {id: 'data-analyst'})-[n:NEEDS]->(:Skill {id: 'query-tuning'}) DELETE n",
                                """
                                MATCH (r:Role {id: 'senior-data-analyst'}), (s:Skill {id: 'sql'})
                                MERGE (r)-[n:NEEDS]->(s) SET n.level = 5, n.importance = 5, n.essential = true
                                """)),
                Arguments.of(
                        List.of(
                                new AddPrerequisite("dimensional-modelling", "sql", 2),
                                new SetTeaches("m-sql-practice-videos", List.of(new SkillLevel("sql", 4))),
                                new SetAssumes("m-query-tuning", List.of())),
                        List.of(
                                """
                                MATCH (d:Skill {id: 'dimensional-modelling'}), (s:Skill {id: 'sql'})
                                CREATE (d)-[:REQUIRES {level: 2}]->(s)
                                """,
                                "MATCH (:Module {id: 'm-sql-practice-videos'})-[t:TEACHES]->() SET t.level = 4",
                                "MATCH (:Module {id: 'm-query-tuning'})-[a:ASSUMES]->() DELETE a")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void shouldCountWhatMakingTheChangeForRealGivesEveryMember(List<CurriculumChange> changes, List<String> forReal) {
        neo4j.useDemo();
        var versionBefore = neo4j.query("MATCH (m:Meta) RETURN m.version", Map.of());

        var report = design.whatIf(changes, ANALYSTS);

        assertThat(neo4j.query("MATCH (m:Meta) RETURN m.version", Map.of()))
                .as("nothing is written")
                .isEqualTo(versionBefore);
        var before = curriculum.at(report.graphVersion());
        var people = learners.loadCohort(ANALYSTS.cohort());
        var members = PrioritiesService.members(before, people, null);
        forReal.forEach(statement -> neo4j.query(statement, Map.of()));
        var after = new CurriculumRepository(graph).load();
        var routes = new RoutePlanner();
        var gaps = new GapPlanner();
        int shorter = 0;
        int longer = 0;
        double saved = 0;
        double added = 0;
        int reach = 0;
        int lose = 0;
        int ready = 0;
        int gapChanged = 0;
        for (Member m : members) {
            RoutePlan a = plan(routes, before, m);
            RoutePlan b = plan(routes, after, m);
            double delta = Math.round((b.totalHours() - a.totalHours()) * 1000) / 1000.0;
            shorter += delta < 0 ? 1 : 0;
            longer += delta > 0 ? 1 : 0;
            saved += Math.max(0, -delta);
            added += Math.max(0, delta);
            reach += !a.unreachable().isEmpty() && b.unreachable().isEmpty() ? 1 : 0;
            lose += a.unreachable().isEmpty() && !b.unreachable().isEmpty() ? 1 : 0;
            var gapBefore = gaps.forRole(before, m.state(), m.roleId());
            var gapAfter = gaps.forRole(after, m.state(), m.roleId());
            ready += gapBefore.essentialGaps() > 0 && gapAfter.essentialGaps() == 0 ? 1 : 0;
            gapChanged += unmet(gapBefore).equals(unmet(gapAfter)) ? 0 : 1;
        }
        var impact = report.people();
        assertThat(impact.suppressed()).isFalse();
        assertThat(impact.people()).isEqualTo(people.size());
        assertThat(impact.assessed()).isEqualTo(members.size());
        assertThat(List.of(
                        impact.routesShorter(),
                        impact.routesLonger(),
                        impact.becomeAbleToReach(),
                        impact.loseReach(),
                        impact.becomeReady(),
                        impact.gapChanged()))
                .isEqualTo(List.of(shorter, longer, reach, lose, ready, gapChanged));
        assertThat(impact.hoursSaved()).isCloseTo(saved, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(impact.hoursAdded()).isCloseTo(added, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(shorter + longer + gapChanged).as("the change moves someone").isPositive();
        assertThat(impact.winners().stream()
                        .mapToInt(b -> b.people() == null ? 0 : b.people())
                        .sum())
                .isLessThanOrEqualTo(shorter);
    }

    private static RoutePlan plan(RoutePlanner routes, CurriculumSnapshot snapshot, Member m) {
        return routes.planForRole(snapshot, m.state(), m.roleId(), RoutePreferences.defaults());
    }

    private static Map<String, Integer> unmet(org.skillgraph.engine.gap.GapReport gap) {
        var unmet = new java.util.HashMap<String, Integer>();
        gap.skills().stream().filter(g -> !g.met()).forEach(g -> unmet.put(g.skillId(), g.gap()));
        return unmet;
    }
}
