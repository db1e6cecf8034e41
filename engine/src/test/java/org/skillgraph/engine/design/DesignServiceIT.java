package org.skillgraph.engine.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.curriculum.CurriculumRepository;
import org.skillgraph.engine.ids.IdClashRepository;
import org.skillgraph.engine.learner.LearnerRepository;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.seed.testing.Neo4jFixture;

class DesignServiceIT {

    private final Neo4jFixture neo4j = Neo4jFixture.get();
    private final GraphClient graph = GraphClient.wrap(neo4j.driver(), Neo4jSettings.unauthenticated(neo4j.boltUri()));
    private final DesignService design = new DesignService(
            new CurriculumCache(new CurriculumRepository(graph)::load),
            new LearnerRepository(graph),
            new DanglingReferenceRepository(graph),
            new RoleBaselines(new RoutePlanner()),
            new IdClashRepository(graph));

    private static List<Finding> ofKind(ValidationReport report, String kind) {
        return report.findings().stream().filter(f -> f.kind().equals(kind)).toList();
    }

    @Test
    void shouldFindNoErrorOrWarningInTheDemoOrganisation() {
        neo4j.useDemo();

        var report = design.validate();

        assertThat(report.errors()).as(() -> report.findings().toString()).isZero();
        assertThat(report.warnings()).isZero();
        assertThat(report.graphVersion()).isPositive();
    }

    @Test
    void shouldReportIdsThatNodesOfSeveralKindsShare() {
        SmallCurriculum.load(neo4j);
        neo4j.query(
                "CREATE (:Topic {id: 'algebra', name: 'Algebra'}), (:Person {id: 'm-sql', name: 'M'}) RETURN 1",
                Map.of());

        var report = design.validate();

        assertThat(ofKind(report, Finding.KIND_SHARED_ID))
                .extracting(Finding::ids)
                .containsExactly(List.of("algebra"), List.of("m-sql"));
        assertThat(ofKind(report, Finding.KIND_SHARED_ID))
                .extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("a skill and a topic"))
                .anySatisfy(m -> assertThat(m).contains("a module and a person"));
        assertThat(report.counts()).containsEntry(Finding.KIND_SHARED_ID, 2);
        assertThat(report.errors()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void shouldReportWhatWasWrittenAroundTheImportersGuardRails() {
        SmallCurriculum.load(neo4j);
        neo4j.query("""
                MATCH (algebra:Skill {id: 'algebra'}), (tuning:Skill {id: 'tuning'}), (analyst:Role {id: 'analyst'}),
                      (tuner:Role {id: 'tuner'}), (sql:Module {id: 'm-sql'}), (empty:Module {id: 'm-empty'})
                CREATE (algebra)-[:REQUIRES {level: 1}]->(tuning),
                       (analyst)-[:NEEDS {level: 2, importance: 3}]->(sql),
                       (empty)-[:TEACHES {level: 2}]->(:Skill {name: 'No id'}),
                       (tuner)-[:NEEDS {level: 9, importance: 3}]->(algebra)
                RETURN 1
                """, Map.of());

        var report = design.validate();

        assertThat(ofKind(report, Finding.KIND_PREREQUISITE_CYCLE))
                .extracting(Finding::ids)
                .containsExactly(List.of("algebra", "tuning", "sql"));
        assertThat(ofKind(report, Finding.KIND_UNREACHABLE_REQUIREMENT))
                .extracting(f -> f.ids().subList(0, 2))
                .contains(List.of("analyst", "sql"), List.of("tuner", "sql"));
        assertThat(ofKind(report, Finding.KIND_DANGLING_REFERENCE))
                .extracting(Finding::message)
                .containsExactly(
                        "NEEDS from :Role 'analyst' to :Module 'm-sql' does not fit the model (Role->Skill); the"
                                + " planners do not see it",
                        "TEACHES from :Module 'm-empty' to :Skill without id does not fit the model (Module->Skill);"
                                + " the planners do not see it");
        assertThat(ofKind(report, Finding.KIND_INVALID_EDGE))
                .anySatisfy(f -> assertThat(f.message()).contains("NEEDS tuner -> algebra: level 9"));
        assertThat(ofKind(report, Finding.KIND_MODULE_TEACHES_NOTHING))
                .extracting(Finding::ids)
                .containsExactly(List.of("m-empty"));
        assertThat(ofKind(report, Finding.KIND_ORPHAN_SKILL))
                .extracting(Finding::ids)
                .containsExactly(List.of("cobol"));
        assertThat(ofKind(report, Finding.KIND_ORPHAN_TOPIC))
                .extracting(Finding::ids)
                .containsExactly(List.of("t-empty"));
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.fix()).isNotBlank());
    }

    @Test
    void shouldCountDanglingReferencesBeyondTheOnesListed() {
        SmallCurriculum.load(neo4j);
        neo4j.query(
                "MATCH (r:Role {id: 'analyst'}) UNWIND range(1, 205) AS i CREATE (r)-[:NEEDS {level: 1}]->(:Topic {id: 't-' + i}) RETURN count(*)",
                Map.of());

        var report = design.validate();

        assertThat(report.counts()).containsEntry(Finding.KIND_DANGLING_REFERENCE, 205);
        assertThat(ofKind(report, Finding.KIND_DANGLING_REFERENCE)).hasSize(CurriculumValidator.MAX_PER_KIND);
        assertThat(report.truncated()).isTrue();
    }
}
