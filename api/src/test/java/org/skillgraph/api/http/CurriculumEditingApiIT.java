package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.ok;
import static org.skillgraph.api.http.ApiFixture.withDemo;
import static org.skillgraph.api.http.EditingAssertions.answer;
import static org.skillgraph.api.http.EditingAssertions.etag;
import static org.skillgraph.api.http.EditingAssertions.pointers;
import static org.skillgraph.api.http.EditingAssertions.problem;
import static org.skillgraph.api.http.EditingAssertions.texts;

import org.junit.jupiter.api.Test;

class CurriculumEditingApiIT {

    @Test
    void shouldCreateReadReplaceAndDeleteATopicRefusingTaxonomyCycles() {
        withDemo((app, client) -> {
            var created = client.post(
                    "/api/v1/topics",
                    "{\"id\": \"t-sql-dialects\", \"name\": \"SQL dialects\", \"broader\": [\"t-data\"]}");
            assertThat(answer(created, 201).at("/broader/0/id").asText()).isEqualTo("t-data");
            var read = client.get("/api/v1/topics/t-sql-dialects");
            assertThat(etag(read)).isEqualTo(etag(created));
            assertThat(ok(client.get("/api/v1/topics/t-data")).get("narrower").findValuesAsText("id"))
                    .contains("t-sql-dialects");

            var cycle = problem(
                    client.put(
                            "/api/v1/topics/t-data",
                            "{\"name\": \"Data & analytics\", \"broader\": [\"t-sql-dialects\"]}"),
                    409,
                    "taxonomy-cycle");
            assertThat(texts(cycle.get("cycle"))).containsExactly("t-data", "t-sql-dialects", "t-data");
            assertThat(cycle.get("pointer").asText()).isEqualTo("/broader/0");

            answer(
                    client.put(
                            "/api/v1/topics/t-sql-dialects",
                            "{\"name\": \"Dialects\"}",
                            req -> req.header("If-Match", etag(read))),
                    200);
            assertThat(ok(client.get("/api/v1/topics/t-sql-dialects")).get("broader"))
                    .isEmpty();
            answer(client.delete("/api/v1/topics/t-sql-dialects"), 204);
            problem(client.get("/api/v1/topics/t-sql-dialects"), 404, "not-found");
            problem(client.put("/api/v1/topics/nope", "{\"name\": \"Nope\"}"), 404, "not-found");
            assertThat(pointers(problem(
                            client.post("/api/v1/topics", "{\"name\": 3, \"id\": \"t-x\"}"), 400, "invalid-body")))
                    .containsExactly("/name");
            problem(client.delete("/api/v1/topics/t-data"), 409, "has-dependents");
        });
    }

    @Test
    void shouldCreateAndReplaceARoleProfileAndMovesAndLetGapAnswersFollow() {
        withDemo((app, client) -> {
            var role = """
                    {"id": "sql-coach", "title": "SQL Coach", "family": "Data", "level": 3,
                     "needs": [{"skill": "sql", "level": 5, "importance": 5, "essential": true}],
                     "leadsTo": [{"role": "analytics-manager", "kind": "promotion"}]}""";
            var created = answer(client.post("/api/v1/roles", role), 201);
            assertThat(created.at("/movesOut/0/roleId").asText()).isEqualTo("analytics-manager");
            var gap = ok(client.get("/api/v1/people/p-042/gap?role=sql-coach"));
            assertThat(gap.at("/gap/skills").findValuesAsText("skillId")).containsExactly("sql");

            var replaced = role.replace("\"level\": 5", "\"level\": 1").replace("\"sql\"", "\"query-tuning\"");
            answer(client.put("/api/v1/roles/sql-coach", replaced), 200);

            var after = ok(client.get("/api/v1/people/p-042/gap?role=sql-coach"));
            assertThat(after.at("/gap/skills").findValuesAsText("skillId"))
                    .as("the snapshot follows the write")
                    .doesNotContain("sql");
            assertThat(ok(client.get("/api/v1/roles/sql-coach"))
                            .at("/profile/0/skillId")
                            .asText())
                    .isEqualTo("query-tuning");
            answer(client.delete("/api/v1/roles/sql-coach"), 204);
            problem(client.delete("/api/v1/roles/sql-coach"), 404, "not-found");
        });
    }

    @Test
    void shouldRefuseToDeleteARolePeopleAreInUnlessForced() {
        withDemo((app, client) -> {
            var refused = problem(client.delete("/api/v1/roles/data-analyst"), 409, "has-dependents");
            var incumbents = refused.get("dependents").findParents("kind").stream()
                    .filter(d -> d.get("kind").asText().equals("incumbents"))
                    .findFirst()
                    .orElseThrow();
            assertThat(incumbents.get("count").asInt()).isPositive();
            assertThat(incumbents.get("ids")).as("people are only counted").isEmpty();

            answer(client.delete("/api/v1/roles/data-analyst?force=true"), 204);

            assertThat(ok(client.get("/api/v1/people/p-042")).get("role").isNull())
                    .isTrue();
        });
    }

    @Test
    void shouldCreateAndReplaceAModuleAndNeverDeleteOneInLearningHistory() {
        withDemo((app, client) -> {
            var module = """
                    {"id": "m-window-functions", "title": "Window functions", "hours": 3, "modality": "video",
                     "pacing": "self-paced", "core": true, "status": "draft", "aids": ["captions"],
                     "teaches": [{"skill": "sql", "level": 4}], "assumes": [{"skill": "sql", "level": 3}]}""";
            var created = client.post("/api/v1/modules", module);
            assertThat(answer(created, 201).at("/teaches/0/level").asInt()).isEqualTo(4);
            var published = module.replace("\"draft\"", "\"published\"").replace("\"hours\": 3", "\"hours\": 2.5");
            var replaced = client.put(
                    "/api/v1/modules/m-window-functions", published, req -> req.header("If-Match", etag(created)));
            assertThat(answer(replaced, 200).get("hours").asDouble()).isEqualTo(2.5);
            answer(client.delete("/api/v1/modules/m-window-functions"), 204);

            var history = problem(client.delete("/api/v1/modules/m-sql-foundations?force=true"), 409, "has-history");
            assertThat(history.get("detail").asText()).contains("retire it instead");
            problem(
                    client.put("/api/v1/modules/nope", published.replace("\"id\": \"m-window-functions\", ", "")),
                    404,
                    "not-found");
            assertThat(pointers(problem(
                            client.post(
                                    "/api/v1/modules",
                                    "{\"id\": \"m-x\", \"title\": \"X\", \"hours\": -1, \"modality\": \"tv\", \"pacing\": \"self-paced\", \"core\": true}"),
                            400,
                            "invalid-body")))
                    .containsExactly("/hours", "/modality", "/status");
        });
    }
}
