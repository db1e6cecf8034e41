package org.skillgraph.seed.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.seed.testing.Bundles.load;
import static org.skillgraph.seed.testing.Bundles.refused;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillgraph.seed.testing.Neo4jFixture;

/** Imports whose levels are given in a framework's own scale. */
class BundleScaleIT {

    private static final String ONET = """
            {"frameworks": [{"id": "onet", "title": "O*NET", "version": "29.0",
               "scale": {"name": "O*NET level", "min": 0, "max": 7,
                         "mapping": [{"from": 0, "level": 0}, {"from": 1, "level": 1}, {"from": 2.5, "level": 2},
                                     {"from": 4, "level": 3}, {"from": 5.5, "level": 4}, {"from": 6.5, "level": 5}]}}],
             "defaultFramework": "onet",
             "skills": [{"id": "reading", "name": "Reading Comprehension"}, {"id": "writing", "name": "Writing"}]}
            """;

    private final Neo4jFixture neo4j = Neo4jFixture.get();

    @BeforeEach
    void emptyGraph() {
        neo4j.reset();
    }

    @Test
    void shouldMapScaleValuesOntoLevelsAndKeepThemBeside() {
        load(ONET);
        load("""
                {"roles": [{"id": "developer", "title": "Developer",
                            "needs": [{"skill": "reading", "scaleValue": 6.2, "importance": 4, "essential": true}]}],
                 "modules": [{"id": "m-read", "title": "Reading", "hours": 2, "modality": "reading", "pacing": "self-paced",
                              "core": true, "status": "published", "teaches": [{"skill": "reading", "scaleValue": 4}]}],
                 "people": [{"id": "p-1", "name": "Ada",
                             "holds": [{"skill": "reading", "scaleValue": 2.49, "source": "assessment", "at": "2026-05-01"}]}]}
                """);

        assertThat(neo4j.query(
                        "MATCH (:Role)-[n:NEEDS]->(:Skill {id: 'reading'}) RETURN [n.level, n.scaleValue]", Map.of()))
                .containsExactly(List.of(4L, 6.2));
        assertThat(neo4j.query("MATCH (:Module)-[t:TEACHES]->() RETURN [t.level, t.scaleValue]", Map.of()))
                .containsExactly(List.of(3L, 4L));
        assertThat(neo4j.query("MATCH (:Person)-[h:HOLDS]->() RETURN [h.level, h.scaleValue]", Map.of()))
                .containsExactly(List.of(1L, 2.49));
    }

    @Test
    void shouldStoreTheScaleOnTheFramework() {
        load(ONET);

        assertThat(neo4j.query(
                        "MATCH (f:Framework {id: 'onet'}) RETURN [f.scaleName, f.scaleMin, f.scaleMax, f.scaleFrom, f.scaleLevels]",
                        Map.of()))
                .containsExactly(List.of(
                        "O*NET level",
                        0.0,
                        7.0,
                        List.of(0.0, 1.0, 2.5, 4.0, 5.5, 6.5),
                        List.of(0L, 1L, 2L, 3L, 4L, 5L)));
        assertThat(neo4j.query("MATCH (s:Skill)-[:IN_FRAMEWORK]->(f) RETURN DISTINCT f.id", Map.of()))
                .containsExactly("onet");
    }

    @Test
    void shouldRefuseValuesTheScaleDoesNotMap() {
        load(ONET);

        var problems = refused("""
                {"skills": [{"id": "local-skill", "name": "Local"}],
                 "roles": [{"id": "developer", "title": "Developer",
                            "needs": [{"skill": "reading", "scaleValue": 7.5, "importance": 4, "essential": true},
                                      {"skill": "writing", "scaleValue": 0.5, "importance": 4, "essential": true},
                                      {"skill": "writing", "scaleValue": "high", "importance": 4, "essential": true},
                                      {"skill": "reading", "level": 2, "scaleValue": 6.2, "importance": 4, "essential": true},
                                      {"skill": "local-skill", "scaleValue": 3, "importance": 4, "essential": true}]}]}
                """);

        assertThat(problems)
                .extracting(BundleProblem::pointer)
                .containsExactlyInAnyOrder(
                        "/roles/0/needs/0/scaleValue",
                        "/roles/0/needs/1/scaleValue",
                        "/roles/0/needs/2/scaleValue",
                        "/roles/0/needs/3/level",
                        "/roles/0/needs/4/scaleValue");
        assertThat(problems.get(0).message()).isNotBlank();
    }

    @Test
    void shouldRefuseAScaleThatMapsAHigherValueLower() {
        var problems = refused("""
                {"frameworks": [{"id": "bad", "title": "Bad",
                   "scale": {"name": "Bad", "mapping": [{"from": 1, "level": 3}, {"from": 2, "level": 1}]}}]}
                """);

        assertThat(problems).extracting(BundleProblem::pointer).containsExactly("/frameworks/0/scale/mapping/1/level");
    }
}
