package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.json;
import static org.skillgraph.api.http.ApiFixture.ok;
import static org.skillgraph.api.http.ApiFixture.pointers;
import static org.skillgraph.api.http.ApiFixture.withDemo;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillgraph.seed.testing.Neo4jFixture;

class DesignerApiIT {

    @Test
    void shouldValidateTheDemoCurriculumWithoutErrors() {
        withDemo((app, client) -> {
            var report = ok(client.get("/api/v1/curriculum/validation"));

            assertThat(report.get("errors").asInt()).isZero();
            assertThat(report.get("findings").isArray()).isTrue();
            assertThat(report.get("graphVersion").asLong()).isPositive();
        });
    }

    @Test
    void shouldAnswerANeighbourhoodReadyForAGraphView() {
        withDemo((app, client) -> {
            var view = ok(client.get("/api/v1/graph/neighbourhood?id=query-tuning&depth=2&types=REQUIRES,TEACHES"));

            assertThat(view.at("/center/label").asText()).isEqualTo("Skill");
            assertThat(view.get("nodes"))
                    .allSatisfy(n -> assertThat(n.fieldNames()).toIterable().containsExactly("id", "label", "name"));
            assertThat(view.get("edges")).isNotEmpty().allSatisfy(e -> {
                assertThat(e.get("type").asText()).isIn("REQUIRES", "TEACHES");
                assertThat(e.get("properties").has("level")).isTrue();
            });
            assertThat(view.get("truncated").asBoolean()).isFalse();
            var cut = ok(client.get("/api/v1/graph/neighbourhood?id=sql&depth=3&limit=5"));
            assertThat(cut.get("nodes")).hasSize(5);
            assertThat(cut.get("truncated").asBoolean()).isTrue();
        });
    }

    @Test
    void shouldShowPeopleInANeighbourhoodByIdAndNameOnly() {
        withDemo((app, client) -> {
            var view = ok(client.get("/api/v1/graph/neighbourhood?id=sql&types=HOLDS&limit=20"));

            assertThat(view.get("nodes")).hasSizeGreaterThan(1);
            assertThat(view.toString()).doesNotContain("department").doesNotContain("assessment");
            assertThat(view.get("edges"))
                    .allSatisfy(e -> assertThat(e.get("properties")).isEmpty());
        });
    }

    @Test
    void shouldRejectBadNeighbourhoodParameters() {
        withDemo((app, client) -> {
            var response = client.get("/api/v1/graph/neighbourhood?depth=4&types=REQUIRES,LIKES&limit=501");

            assertThat(response.code()).isEqualTo(400);
            assertThat(pointers(json(response)))
                    .containsExactlyInAnyOrder("query:id", "query:depth", "query:types", "query:limit");
            var unknown = client.get("/api/v1/graph/neighbourhood?id=no-such-node");
            assertThat(unknown.code()).isEqualTo(404);
            assertThat(json(unknown).get("detail").asText()).contains("no-such-node");
        });
    }

    @Test
    void shouldAnalyseAWhatIfWithoutWritingAnything() {
        withDemo((app, client) -> {
            var version = Neo4jFixture.get().query("MATCH (m:Meta) RETURN m.version", Map.of());

            var report = ok(client.post("/api/v1/curriculum/what-if", """
                    {"changes": [{"op": "retire-module", "module": "m-sql-advanced"},
                                 {"op": "set-hours", "module": "m-query-tuning", "hours": 2},
                                 {"op": "drop-prerequisite", "skill": "query-tuning", "prerequisite": "sql"}]}
                    """));

            assertThat(report.get("changes")).hasSize(3);
            assertThat(report.at("/changes/0").toString())
                    .isEqualTo("{\"op\":\"retire-module\",\"module\":\"m-sql-advanced\"}");
            assertThat(report.get("rolesChanged").asInt()).isPositive();
            var first = report.at("/roles/0");
            assertThat(first.get("deltaHours").asDouble())
                    .isEqualTo(first.get("hoursAfter").asDouble()
                            - first.get("hoursBefore").asDouble());
            assertThat(report.get("roles")).hasSize(36);
            assertThat(Neo4jFixture.get().query("MATCH (m:Meta) RETURN m.version", Map.of()))
                    .isEqualTo(version);
            assertThat(Neo4jFixture.get().query("MATCH (m:Module {id: 'm-sql-advanced'}) RETURN m.status", Map.of()))
                    .containsExactly("published");
        });
    }

    @Test
    void shouldPointAtEveryBadChange() {
        withDemo((app, client) -> {
            var response = client.post("/api/v1/curriculum/what-if", """
                    {"changes": [{"op": "rename-module", "module": "m-sql-advanced"},
                                 {"op": "set-hours", "module": "m-sql-advanced", "hours": 0},
                                 {"op": "retire-module"},
                                 {"op": "retire-module", "module": "m-sql-advanced", "skill": "sql"}]}
                    """);

            assertThat(response.code()).isEqualTo(400);
            assertThat(pointers(json(response)))
                    .containsExactly("/changes/0/op", "/changes/1/hours", "/changes/2/module", "/changes/3/skill");
        });
    }

    @Test
    void shouldPointAtChangesNamingWhatDoesNotExist() {
        withDemo((app, client) -> {
            var response = client.post("/api/v1/curriculum/what-if", """
                    {"changes": [{"op": "retire-module", "module": "m-nope"},
                                 {"op": "drop-prerequisite", "skill": "sql", "prerequisite": "query-tuning"}]}
                    """);

            assertThat(response.code()).isEqualTo(400);
            assertThat(json(response).get("code").asText()).isEqualTo("unknown-reference");
            assertThat(pointers(json(response))).containsExactly("/changes/0/module", "/changes/1/prerequisite");
        });
    }

    @Test
    void shouldRejectMalformedWhatIfBodies() {
        withDemo((app, client) -> {
            assertThat(pointers(json(client.post("/api/v1/curriculum/what-if", "{\"changes\": []}"))))
                    .containsExactly("/changes");
            var typo = client.post(
                    "/api/v1/curriculum/what-if", "{\"changes\": [{\"op\": \"retire-module\", \"modul\": \"x\"}]}");
            assertThat(typo.code()).isEqualTo(400);
            assertThat(json(typo).get("code").asText()).isEqualTo("invalid-body");
            assertThat(client.post("/api/v1/curriculum/what-if", "{\"changes\": [")
                            .code())
                    .isEqualTo(400);
        });
    }
}
