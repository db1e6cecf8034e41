package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.withDemo;
import static org.skillgraph.api.http.EditingAssertions.pointers;
import static org.skillgraph.api.http.EditingAssertions.problem;

import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillgraph.seed.testing.Neo4jFixture;

/** Every editing route: unknown ids answer 404, unreadable or empty bodies 400, and nothing is written. */
class EditingRoutesApiIT {

    private static final String MODULE =
            "{\"title\": \"M\", \"hours\": 1, \"modality\": \"video\", \"pacing\": \"self-paced\", \"core\": true, \"status\": \"draft\"}";

    @Test
    void shouldAnswer404ForUnknownIdsOnEveryRoute() {
        withDemo((app, client) -> {
            long version = version();
            var puts = new LinkedHashMap<String, String>();
            puts.put("/api/v1/skills/nope", "{\"name\": \"N\"}");
            puts.put("/api/v1/topics/nope", "{\"name\": \"N\"}");
            puts.put("/api/v1/roles/nope", "{\"title\": \"N\"}");
            puts.put("/api/v1/modules/nope", MODULE);
            puts.put("/api/v1/people/nope", "{\"name\": \"N\"}");
            puts.put("/api/v1/skills/nope/prerequisites/sql", "{\"level\": 1}");
            puts.put("/api/v1/skills/sql/prerequisites/nope", "{\"level\": 1}");
            puts.put("/api/v1/people/nope/skills/sql", "{\"level\": 1, \"source\": \"self\"}");
            puts.put("/api/v1/people/p-042/skills/nope", "{\"level\": 1, \"source\": \"self\"}");

            puts.forEach((path, body) -> {
                assertThat(problem(client.put(path, body), 404, "not-found")
                                .get("instance")
                                .asText())
                        .isEqualTo(path);
                problem(client.delete(path), 404, "not-found");
            });
            problem(client.get("/api/v1/topics/nope"), 404, "not-found");
            assertThat(version()).as("nothing was written").isEqualTo(version);
        });
    }

    @Test
    void shouldAnswer400ForUnreadableOrEmptyBodiesOnEveryWritingRoute() {
        withDemo((app, client) -> {
            long version = version();
            var posts =
                    List.of("/api/v1/skills", "/api/v1/topics", "/api/v1/roles", "/api/v1/modules", "/api/v1/people");
            var puts = List.of(
                    "/api/v1/skills/sql",
                    "/api/v1/topics/t-data",
                    "/api/v1/roles/data-analyst",
                    "/api/v1/modules/m-sql-foundations",
                    "/api/v1/people/p-042",
                    "/api/v1/skills/query-tuning/prerequisites/sql",
                    "/api/v1/people/p-042/skills/sql");

            for (var path : posts) {
                assertThat(pointers(problem(client.post(path, "{\"unexpected\": 1}"), 400, "invalid-body")))
                        .as(path)
                        .containsExactly("/unexpected");
                assertThat(pointers(problem(client.post(path, ""), 400, "invalid-body")))
                        .containsExactly("");
                problem(client.post(path, "[1, 2"), 400, "invalid-body");
            }
            for (var path : puts) {
                assertThat(pointers(problem(client.put(path, "{\"unexpected\": 1}"), 400, "invalid-body")))
                        .as(path)
                        .containsExactly("/unexpected");
                assertThat(pointers(problem(client.put(path, "null"), 400, "invalid-body")))
                        .containsExactly("");
                assertThat(pointers(problem(client.put(path, "{}"), 400, "invalid-body")))
                        .isNotEmpty();
            }
            assertThat(version()).as("nothing was written").isEqualTo(version);
        });
    }

    private static long version() {
        return (Long) Neo4jFixture.get()
                .query("MATCH (m:Meta {id: 'meta'}) RETURN m.version", java.util.Map.of())
                .get(0);
    }
}
