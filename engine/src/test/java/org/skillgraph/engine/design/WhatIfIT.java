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
import org.skillgraph.engine.design.CurriculumChange.DropPrerequisite;
import org.skillgraph.engine.design.CurriculumChange.RetireModule;
import org.skillgraph.engine.design.CurriculumChange.SetModuleHours;
import org.skillgraph.engine.ids.IdClashRepository;
import org.skillgraph.engine.learner.LearnerRepository;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.route.UnreachableTarget;
import org.skillgraph.seed.testing.Neo4jFixture;

/** What-if answers are held to what the same change gives when made for real in a scratch graph. */
class WhatIfIT {

    private final Neo4jFixture neo4j = Neo4jFixture.get();
    private final GraphClient graph = GraphClient.wrap(neo4j.driver(), Neo4jSettings.unauthenticated(neo4j.boltUri()));
    private final RoleBaselines baselines = new RoleBaselines(new RoutePlanner());
    private final DesignService design = new DesignService(
            new CurriculumCache(new CurriculumRepository(graph)::load),
            new LearnerRepository(graph),
            new DanglingReferenceRepository(graph),
            baselines,
            new IdClashRepository(graph));

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of(
                        List.of(new RetireModule("m-sql")),
                        List.of("MATCH (m:Module {id: 'm-sql'}) SET m.status = 'retired'")),
                Arguments.of(
                        List.of(new SetModuleHours("m-sql", 1.5)),
                        List.of("MATCH (m:Module {id: 'm-sql'}) SET m.hours = 1.5")),
                Arguments.of(
                        List.of(new DropPrerequisite("sql", "algebra")),
                        List.of("MATCH (:Skill {id: 'sql'})-[r:REQUIRES]->(:Skill {id: 'algebra'}) DELETE r")),
                Arguments.of(
                        List.of(new RetireModule("m-sql"), new RetireModule("m-sql-boot")),
                        List.of("MATCH (m:Module) WHERE m.id IN ['m-sql', 'm-sql-boot'] SET m.status = 'retired'")),
                Arguments.of(
                        List.of(
                                new SetModuleHours("m-sql-boot", 2),
                                new DropPrerequisite("tuning", "sql"),
                                new RetireModule("m-alg")),
                        List.of(
                                "MATCH (m:Module {id: 'm-sql-boot'}) SET m.hours = 2",
                                "MATCH (:Skill {id: 'tuning'})-[r:REQUIRES]->() DELETE r",
                                "MATCH (m:Module {id: 'm-alg'}) SET m.status = 'retired'")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void shouldAnswerWhatMakingTheChangeForRealGives(List<CurriculumChange> changes, List<String> forReal) {
        SmallCurriculum.load(neo4j);
        var versionBefore = neo4j.query("MATCH (m:Meta) RETURN m.version", Map.of());

        var report = design.whatIf(changes);

        assertThat(neo4j.query("MATCH (m:Meta) RETURN m.version", Map.of()))
                .as("nothing is written")
                .isEqualTo(versionBefore);
        forReal.forEach(statement -> neo4j.query(statement, Map.of()));
        var fresh = baselines.compute(new CurriculumRepository(graph).load());
        assertThat(report.roles()).hasSize(fresh.size()).allSatisfy(impact -> {
            var real = fresh.get(impact.roleId());
            assertThat(impact.hoursAfter()).as(impact.roleId()).isEqualTo(real.totalHours());
            assertThat(impact.modeAfter()).isEqualTo(real.mode());
            assertThat(real.unreachable().stream().map(UnreachableTarget::skillId))
                    .containsAll(impact.newlyUnreachable().stream()
                            .map(UnreachableTarget::skillId)
                            .toList());
        });
        assertThat(report.rolesChanged()).isPositive();
    }
}
