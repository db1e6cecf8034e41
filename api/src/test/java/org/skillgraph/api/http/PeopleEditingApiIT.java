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

class PeopleEditingApiIT {

    private static final String NEWCOMER = """
            {"id": "p-900", "name": "Sam Newcomer", "department": "Data & Analytics", "location": "Dublin",
             "timezone": "Europe/Dublin", "role": "junior-data-analyst", "targetRole": "data-analyst",
             "targetSince": "2026-06-01", "manager": "p-042", "coaching": {"optIn": false, "capacity": 0},
             "weeklyHours": 5, "pace": "fast"}""";

    @Test
    void shouldCreateReplaceAndDeleteAPerson() {
        withDemo((app, client) -> {
            var created = client.post("/api/v1/people", NEWCOMER);
            var body = answer(created, 201);
            assertThat(body.at("/manager/id").asText()).isEqualTo("p-042");
            assertThat(body.at("/targetRole/since").asText()).isEqualTo("2026-06-01");
            assertThat(created.headers().get("Location")).containsExactly("/api/v1/people/p-900");

            var moved = NEWCOMER.replace("\"role\": \"junior-data-analyst\"", "\"role\": \"data-analyst\"")
                    .replace("\"targetRole\": \"data-analyst\"", "\"targetRole\": \"senior-data-analyst\"");
            var replaced = client.put("/api/v1/people/p-900", moved, req -> req.header("If-Match", etag(created)));
            assertThat(answer(replaced, 200).at("/targetRole/id").asText()).isEqualTo("senior-data-analyst");
            assertThat(ok(client.get("/api/v1/people/p-900")).at("/role/id").asText())
                    .isEqualTo("data-analyst");

            answer(client.delete("/api/v1/people/p-900", null, req -> req.header("If-Match", etag(replaced))), 204);
            problem(client.get("/api/v1/people/p-900"), 404, "not-found");
            problem(client.put("/api/v1/people/p-900", NEWCOMER), 404, "not-found");
        });
    }

    @Test
    void shouldRefuseAReportingCycleAndAManagersDeleteUnlessForced() {
        withDemo((app, client) -> {
            var manager =
                    ok(client.get("/api/v1/people/p-042")).at("/manager/id").asText();
            var cycle = problem(
                    client.put("/api/v1/people/" + manager, "{\"name\": \"Manager\", \"manager\": \"p-042\"}"),
                    409,
                    "reporting-cycle");
            assertThat(texts(cycle.get("cycle"))).containsExactly(manager, "p-042", manager);

            var refused = problem(client.delete("/api/v1/people/" + manager), 409, "has-dependents");
            assertThat(refused.at("/dependents/0/kind").asText()).isEqualTo("reports");
            answer(client.delete("/api/v1/people/" + manager + "?force=true"), 204);
            assertThat(ok(client.get("/api/v1/people/p-042")).get("manager").isNull())
                    .isTrue();
        });
    }

    @Test
    void shouldSetAndRemoveHeldSkillsAndLetTheGapFollow() {
        withDemo((app, client) -> {
            var person = client.get("/api/v1/people/p-042");
            var gap = ok(client.get("/api/v1/people/p-042/gap")).at("/gap/skills/0");
            var skill = gap.get("skillId").asText();
            var required = gap.get("requiredLevel").asInt();

            var held = client.put(
                    "/api/v1/people/p-042/skills/" + skill,
                    "{\"level\": " + required
                            + ", \"source\": \"assessment\", \"at\": \"2026-06-01\", \"confidence\": 0.9}",
                    req -> req.header("If-Match", etag(person)));
            assertThat(held.code()).isIn(200, 201);

            var after = ok(client.get("/api/v1/people/p-042/gap")).at("/gap/skills");
            assertThat(after.findParents("skillId").stream()
                            .filter(g -> g.get("skillId").asText().equals(skill))
                            .map(g -> g.get("gap").asInt()))
                    .as("a read right after the write sees the new level")
                    .containsExactly(0);
            assertThat(etag(client.get("/api/v1/people/p-042"))).isEqualTo(etag(held));
            problem(
                    client.put(
                            "/api/v1/people/p-042/skills/" + skill,
                            "{\"level\": 1, \"source\": \"self\"}",
                            req -> req.header("If-Match", etag(person))),
                    412,
                    "stale-write");
            answer(client.delete("/api/v1/people/p-042/skills/" + skill), 204);
            problem(client.delete("/api/v1/people/p-042/skills/" + skill), 404, "not-found");
            var fresh = client.put("/api/v1/people/p-042/skills/" + skill, "{\"level\": 1, \"source\": \"self\"}");
            assertThat(answer(fresh, 201).get("at").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        });
    }

    @Test
    void shouldAnswer404ForUnknownIdsAnd400ForBadBodies() {
        withDemo((app, client) -> {
            problem(
                    client.put("/api/v1/people/nope/skills/sql", "{\"level\": 1, \"source\": \"self\"}"),
                    404,
                    "not-found");
            problem(
                    client.put("/api/v1/people/p-042/skills/nope", "{\"level\": 1, \"source\": \"self\"}"),
                    404,
                    "not-found");
            problem(client.delete("/api/v1/people/nope"), 404, "not-found");
            problem(
                    client.post("/api/v1/people", NEWCOMER.replace("\"id\": \"p-900\"", "\"id\": \"p-014\"")),
                    409,
                    "already-exists");
            var bad = problem(
                    client.post(
                            "/api/v1/people",
                            "{\"id\": \"p-901\", \"name\": \"X\", \"timezone\": \"Moon/Base\", \"manager\": \"p-901\", \"coaching\": {\"optIn\": true}}"),
                    400,
                    "invalid-body");
            assertThat(pointers(bad)).containsExactly("/timezone", "/manager", "/coaching/capacity");
            var holding = problem(
                    client.put("/api/v1/people/p-042/skills/sql", "{\"level\": 9, \"source\": \"rumour\"}"),
                    400,
                    "invalid-body");
            assertThat(pointers(holding)).containsExactly("/level", "/source");
            var date = problem(
                    client.put(
                            "/api/v1/people/p-042/skills/sql",
                            "{\"level\": 2, \"source\": \"self\", \"at\": \"yesterday\"}"),
                    400,
                    "invalid-body");
            assertThat(date.at("/errors/0/pointer").asText()).isEqualTo("/at");
            assertThat(date.at("/errors/0/message").asText()).isEqualTo("must be a date, YYYY-MM-DD");
            var unknown = problem(
                    client.post("/api/v1/people", "{\"id\": \"p-901\", \"name\": \"X\", \"role\": \"astronaut\"}"),
                    400,
                    "unknown-reference");
            assertThat(pointers(unknown)).containsExactly("/role");
        });
    }
}
