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

class SkillEditingApiIT {

    private static final String WINDOWS = """
            {"id": "sql-window-functions", "name": "SQL window functions", "aliases": ["OVER clause"],
             "topics": ["t-data"], "requires": [{"skill": "sql", "level": 3}]}""";

    @Test
    void shouldCreateReadReplaceAndDeleteASkillWithTagsAndReadYourWrites() {
        withDemo((app, client) -> {
            var created = client.post("/api/v1/skills", WINDOWS);
            var body = answer(created, 201);
            assertThat(created.headers().get("Location")).containsExactly("/api/v1/skills/sql-window-functions");
            assertThat(body.at("/prerequisites/0/id").asText()).isEqualTo("sql");
            var read = client.get("/api/v1/skills/sql-window-functions");
            assertThat(etag(read)).isEqualTo(etag(created));

            var replaced = client.put(
                    "/api/v1/skills/sql-window-functions",
                    "{\"name\": \"Window functions\", \"kind\": \"knowledge\", \"topics\": [\"t-data\"]}",
                    req -> req.header("If-Match", etag(read)));
            answer(replaced, 200);
            var after = client.get("/api/v1/skills/sql-window-functions");

            var seen = ok(after);
            assertThat(seen.get("name").asText())
                    .as("a read right after the write sees it")
                    .isEqualTo("Window functions");
            assertThat(seen.get("kind").asText()).isEqualTo("knowledge");
            assertThat(seen.get("aliases"))
                    .as("PUT replaces: left-out lists are emptied")
                    .isEmpty();
            assertThat(seen.get("prerequisites")).isEmpty();
            assertThat(etag(after)).isEqualTo(etag(replaced)).isNotEqualTo(etag(read));
            answer(
                    client.delete(
                            "/api/v1/skills/sql-window-functions", null, req -> req.header("If-Match", etag(after))),
                    204);
            problem(client.get("/api/v1/skills/sql-window-functions"), 404, "not-found");
        });
    }

    @Test
    void shouldRefuseToCreateAnExistingSkill() {
        withDemo((app, client) -> {
            var problem = problem(
                    client.post("/api/v1/skills", "{\"id\": \"sql\", \"name\": \"SQL\"}"), 409, "already-exists");

            assertThat(problem.get("id").asText()).isEqualTo("sql");
        });
    }

    @Test
    void shouldRefuseAStaleWriteWith412AndTheCurrentTag() {
        withDemo((app, client) -> {
            var read = client.get("/api/v1/skills/query-tuning");
            var current = client.put(
                    "/api/v1/skills/query-tuning",
                    "{\"name\": \"Query tuning\", \"requires\": [{\"skill\": \"sql\", \"level\": 3}]}",
                    req -> req.header("If-Match", etag(read)));
            answer(current, 200);

            var stale = client.put(
                    "/api/v1/skills/query-tuning", "{\"name\": \"Tuning\"}", req -> req.header("If-Match", etag(read)));
            var problem = problem(stale, 412, "stale-write");
            assertThat(problem.get("currentETag").asText()).isEqualTo(etag(current));
            problem(
                    client.delete("/api/v1/skills/query-tuning", null, req -> req.header("If-Match", etag(read))),
                    412,
                    "stale-write");
            assertThat(ok(client.get("/api/v1/skills/query-tuning")).get("name").asText())
                    .isEqualTo("Query tuning");
        });
    }

    @Test
    void shouldRefuseAPrerequisiteCycleListingTheCycle() {
        withDemo((app, client) -> {
            var problem = problem(
                    client.put("/api/v1/skills/spreadsheets/prerequisites/query-tuning", "{\"level\": 2}"),
                    409,
                    "prerequisite-cycle");

            assertThat(texts(problem.get("cycle")))
                    .startsWith("spreadsheets", "query-tuning")
                    .endsWith("spreadsheets")
                    .contains("sql");
            assertThat(problem.get("detail").asText()).contains("spreadsheets → query-tuning");
            assertThat(ok(client.get("/api/v1/skills/spreadsheets")).get("prerequisites"))
                    .isEmpty();
        });
    }

    @Test
    void shouldSetChangeAndRemoveAPrerequisite() {
        withDemo((app, client) -> {
            var skill = client.get("/api/v1/skills/query-tuning");

            var added = client.put(
                    "/api/v1/skills/query-tuning/prerequisites/spreadsheets",
                    "{\"level\": 2}",
                    req -> req.header("If-Match", etag(skill)));
            assertThat(answer(added, 201).get("prerequisite").asText()).isEqualTo("spreadsheets");
            var changed = client.put("/api/v1/skills/query-tuning/prerequisites/spreadsheets", "{\"level\": 3}");
            assertThat(answer(changed, 200).get("level").asInt()).isEqualTo(3);
            assertThat(etag(changed)).isEqualTo(etag(client.get("/api/v1/skills/query-tuning")));
            var removed = client.delete("/api/v1/skills/query-tuning/prerequisites/spreadsheets");
            answer(removed, 204);
            assertThat(etag(removed)).isEqualTo(etag(skill));

            problem(client.delete("/api/v1/skills/query-tuning/prerequisites/spreadsheets"), 404, "not-found");
            problem(client.put("/api/v1/skills/nope/prerequisites/sql", "{\"level\": 2}"), 404, "not-found");
            problem(client.put("/api/v1/skills/sql/prerequisites/nope", "{\"level\": 2}"), 404, "not-found");
            assertThat(pointers(problem(
                            client.put("/api/v1/skills/query-tuning/prerequisites/sql", "{\"level\": 6}"),
                            400,
                            "invalid-body")))
                    .containsExactly("/level");
        });
    }

    @Test
    void shouldRefuseToDeleteASkillInUseThenDeleteItWhenForced() {
        withDemo((app, client) -> {
            var refused = problem(client.delete("/api/v1/skills/query-tuning"), 409, "has-dependents");
            var kinds = new java.util.ArrayList<String>();
            refused.get("dependents").forEach(d -> kinds.add(d.get("kind").asText()));
            assertThat(kinds).contains("roles", "teachingModules", "dependentSkills", "holders");
            assertThat(refused.get("dependents").findValues("ids").get(0)).isNotEmpty();

            answer(client.delete("/api/v1/skills/query-tuning?force=true"), 204);

            problem(client.get("/api/v1/skills/query-tuning"), 404, "not-found");
            var role = ok(client.get("/api/v1/roles/senior-data-analyst"));
            assertThat(role.get("profile").findValuesAsText("skillId")).doesNotContain("query-tuning");
        });
    }

    @Test
    void shouldAnswer404ForUnknownSkillsAnd400ForBadBodiesParametersAndHeaders() {
        withDemo((app, client) -> {
            problem(client.put("/api/v1/skills/nope", "{\"name\": \"Nope\"}"), 404, "not-found");
            problem(client.delete("/api/v1/skills/nope"), 404, "not-found");
            var bad = problem(
                    client.post(
                            "/api/v1/skills",
                            "{\"id\": \"bad id\", \"name\": \"\", \"requires\": [{\"skill\": \"sql\"}]}"),
                    400,
                    "invalid-body");
            assertThat(pointers(bad)).containsExactly("/id", "/name", "/requires/0/level");
            var unknown = problem(
                    client.post("/api/v1/skills", "{\"id\": \"x-1\", \"name\": \"X\", \"topics\": [\"t-nope\"]}"),
                    400,
                    "unknown-reference");
            assertThat(pointers(unknown)).containsExactly("/topics/0");
            assertThat(pointers(problem(
                            client.post("/api/v1/skills", "{\"id\": \"x-1\", \"colour\": 1}"), 400, "invalid-body")))
                    .containsExactly("/colour");
            assertThat(pointers(problem(
                            client.put("/api/v1/skills/sql", "{\"id\": \"other\", \"name\": \"SQL\"}"),
                            400,
                            "invalid-body")))
                    .containsExactly("/id");
            problem(client.post("/api/v1/skills", ""), 400, "invalid-body");
            assertThat(pointers(problem(client.delete("/api/v1/skills/sql?force=yes"), 400, "invalid-parameter")))
                    .containsExactly("query:force");
            assertThat(pointers(problem(
                            client.put(
                                    "/api/v1/skills/sql", "{\"name\": \"SQL\"}", req -> req.header("If-Match", "v1")),
                            400,
                            "invalid-header")))
                    .containsExactly("header:If-Match");
        });
    }
}
