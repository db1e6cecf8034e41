package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.withDemo;
import static org.skillgraph.api.http.EditingAssertions.pointers;
import static org.skillgraph.api.http.EditingAssertions.problem;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillgraph.seed.testing.Neo4jFixture;

/**
 * Ids are single path segments (no {@code /}), the {@code Location} the server writes stays inside its
 * collection, and a body that repeats a key is refused with a pointer to it, in requests and in bundles.
 */
class IdsAndKeysApiIT {

    @Test
    void shouldRefuseAnIdThatWouldWalkOutOfItsCollection() {
        withDemo((app, client) -> {
            var refused = problem(
                    client.post("/api/v1/skills", "{\"id\": \"a/../..\", \"name\": \"Climbing\"}"),
                    400,
                    "invalid-body");

            assertThat(pointers(refused)).containsExactly("/id");
            assertThat(skills("a/../..")).isZero();
        });
    }

    @Test
    void shouldWriteALocationThatLeadsBackToTheCreatedEntity() {
        withDemo((app, client) -> {
            var created = client.post("/api/v1/skills", "{\"id\": \"esco:skill:x.y_z-1\", \"name\": \"Colons\"}");

            assertThat(created.code()).as(() -> created.body().string()).isEqualTo(201);
            var location = created.headers().get("Location").get(0);
            assertThat(location).isEqualTo("/api/v1/skills/esco:skill:x.y_z-1");
            assertThat(ApiFixture.ok(client.get(location)).get("id").asText()).isEqualTo("esco:skill:x.y_z-1");
        });
    }

    @Test
    void shouldRefuseARepeatedKeyInABodyNamingIt() {
        withDemo((app, client) -> {
            var refused = problem(
                    client.post("/api/v1/skills", "{\"id\": \"s-twice\", \"name\": \"One\", \"name\": \"Two\"}"),
                    400,
                    "invalid-body");

            assertThat(pointers(refused)).containsExactly("/name");
            assertThat(refused.at("/errors/0/message").asText()).contains("duplicate key");
            assertThat(skills("s-twice")).isZero();
        });
    }

    @Test
    void shouldRefuseARepeatedKeyInANestedBody() {
        withDemo((app, client) -> {
            var refused = problem(
                    client.post(
                            "/api/v1/evidence:batch",
                            "{\"records\": [{\"person\": \"p-042\", \"skill\": \"sql\", \"source\": \"self\","
                                    + " \"level\": 2, \"level\": 5, \"at\": \"2026-11-01\"}]}"),
                    400,
                    "invalid-body");

            assertThat(pointers(refused)).containsExactly("/records/0/level");
        });
    }

    @Test
    void shouldRefuseARepeatedKeyInABundle() {
        withDemo((app, client) -> {
            var refused = problem(
                    client.post(
                            "/api/v1/import",
                            "{\"skills\": [{\"id\": \"s-bundle-twice\", \"id\": \"s-other\", \"name\": \"Twice\"}]}"),
                    400,
                    "invalid-bundle");

            assertThat(pointers(refused)).containsExactly("/skills/0/id");
            assertThat(skills("s-bundle-twice") + skills("s-other")).isZero();
        });
    }

    private static long skills(String id) {
        return (Long) Neo4jFixture.get()
                .query("MATCH (s:Skill {id: $id}) RETURN count(s)", Map.of("id", id))
                .get(0);
    }
}
