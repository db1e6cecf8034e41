package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.json;
import static org.skillgraph.api.http.ApiFixture.ok;
import static org.skillgraph.api.http.ApiFixture.withDemo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillgraph.seed.testing.Neo4jFixture;

class FrameworksApiIT {

    @Test
    void shouldListTheDemoFrameworkWithItsSkills() {
        withDemo((app, client) -> {
            var items = ok(client.get("/api/v1/frameworks")).get("items");

            assertThat(items).hasSize(1);
            assertThat(items.get(0).get("id").asText()).isEqualTo("northwind");
            assertThat(items.get(0).get("skills").asLong()).isEqualTo(84);
        });
    }

    @Test
    void shouldCountTheSkillsRolesAndModulesOfAFramework() {
        withDemo((app, client) -> {
            long teaching = (Long) Neo4jFixture.get()
                    .query("MATCH (m:Module) WHERE (m)-[:TEACHES]->(:Skill) RETURN count(m)", Map.of())
                    .get(0);

            var framework = ok(client.get("/api/v1/frameworks/northwind"));

            assertThat(framework.get("version").asText()).isEqualTo("2026.11");
            assertThat(framework.get("publisher").asText()).isEqualTo("Northwind Larch (fictional)");
            assertThat(framework.get("counts").get("skills").asLong()).isEqualTo(84);
            assertThat(framework.get("counts").get("roles").asLong()).isEqualTo(36);
            assertThat(framework.get("counts").get("modules").asLong()).isEqualTo(teaching);
            assertThat(framework.get("scale").isNull()).isTrue();
            assertThat(framework.get("lastChangedAt").isNull()).isFalse();
        });
    }

    @Test
    void shouldMarkAFrameworkChangedWhenOneOfItsSkillsIsEdited() {
        withDemo((app, client) -> {
            var before = changedAt(client, "northwind");

            var edited = client.put(
                    "/api/v1/skills/sql", "{\"id\": \"sql\", \"name\": \"SQL\", \"description\": \"Edited\"}");
            assertThat(edited.code()).isEqualTo(200);

            assertThat(changedAt(client, "northwind")).isAfter(before);
        });
    }

    @Test
    void shouldAnswer404ForAnUnknownFramework() {
        withDemo((app, client) -> {
            var response = client.get("/api/v1/frameworks/sfia-9");

            assertThat(response.code()).isEqualTo(404);
            assertThat(json(response).get("code").asText()).isEqualTo("not-found");
        });
    }

    @Test
    void shouldFilterSkillSearchByFramework() {
        withDemo((app, client) -> {
            var inDemo = ok(client.get("/api/v1/skills?q=sql&framework=northwind"));
            var elsewhere = ok(client.get("/api/v1/skills?q=sql&framework=local"));
            var listed = ok(client.get("/api/v1/skills?limit=200&framework=northwind"));

            assertThat(ids(inDemo.get("items"))).contains("sql", "query-tuning");
            assertThat(inDemo.get("items").get(0).get("framework").asText()).isEqualTo("northwind");
            assertThat(elsewhere.get("items")).isEmpty();
            assertThat(listed.get("items")).hasSize(84);
        });
    }

    private static OffsetDateTime changedAt(io.javalin.testtools.HttpClient client, String framework) {
        return OffsetDateTime.parse(ok(client.get("/api/v1/frameworks/" + framework))
                .get("lastChangedAt")
                .asText());
    }

    private static List<String> ids(JsonNode items) {
        var ids = new ArrayList<String>();
        items.forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }
}
