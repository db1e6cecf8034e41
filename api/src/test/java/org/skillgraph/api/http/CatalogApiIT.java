package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.json;
import static org.skillgraph.api.http.ApiFixture.ok;
import static org.skillgraph.api.http.ApiFixture.withDemo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogApiIT {

    @Test
    void shouldFindSqlSkillsByNameAndAlias() {
        withDemo((app, client) -> {
            var response = client.get("/api/v1/skills?q=sql");

            assertThat(response.code()).isEqualTo(200);
            var ids = ids(json(response).get("items"));
            assertThat(ids).contains("sql", "query-tuning", "postgresql-administration");
            assertThat(ids.get(0)).isEqualTo("sql");
        });
    }

    @Test
    void shouldPageThroughAllSkillsWithCursors() {
        withDemo((app, client) -> {
            var seen = new ArrayList<String>();
            String cursor = null;
            do {
                var page = ok(client.get("/api/v1/skills?limit=25" + (cursor == null ? "" : "&cursor=" + cursor)));
                seen.addAll(ids(page.get("items")));
                cursor = page.get("nextCursor").isNull()
                        ? null
                        : page.get("nextCursor").asText();
            } while (cursor != null);

            assertThat(seen)
                    .hasSizeGreaterThanOrEqualTo(60)
                    .doesNotHaveDuplicates()
                    .isSorted();
        });
    }

    @Test
    void shouldFilterSkillsByTopicIncludingNarrowerTopics() {
        withDemo((app, client) -> {
            var topics = ok(client.get("/api/v1/topics")).get("items");
            var root = topics.get(0);
            var rootSkills = ok(client.get(
                            "/api/v1/skills?limit=200&topic=" + root.get("id").asText()))
                    .get("items");
            var leafWithSkills = firstWithSkills(root.get("narrower"));

            assertThat(leafWithSkills).isNotNull();
            var leafSkills = ids(ok(client.get("/api/v1/skills?limit=200&topic="
                            + leafWithSkills.get("id").asText()))
                    .get("items"));
            assertThat(leafSkills).hasSize(leafWithSkills.get("skills").asInt());
            assertThat(ids(rootSkills)).containsAll(leafSkills);
        });
    }

    @Test
    void shouldDescribeASkillWithTransitivePrerequisitesAndTeachers() {
        withDemo((app, client) -> {
            var skill = ok(client.get("/api/v1/skills/query-tuning"));

            assertThat(skill.get("name").asText()).isEqualTo("Query tuning");
            var direct = ids(skill.get("prerequisites"));
            var transitive = ids(skill.get("transitivePrerequisites"));
            assertThat(direct).isNotEmpty();
            assertThat(transitive).containsAll(direct).hasSizeGreaterThan(direct.size());
            assertThat(skill.get("transitivePrerequisites"))
                    .allSatisfy(p -> assertThat(p.get("level").asInt()).isBetween(1, 5));
            assertThat(skill.get("taughtBy")).isNotEmpty();
            assertThat(skill.get("neededBy")).isNotEmpty();
        });
    }

    @Test
    void shouldListRolesAndDescribeTheirProfileAndMoves() {
        withDemo((app, client) -> {
            var roles = ok(client.get("/api/v1/roles?limit=200")).get("items");
            assertThat(roles.size()).isGreaterThanOrEqualTo(12);

            var role = ok(client.get("/api/v1/roles/senior-data-analyst"));
            assertThat(role.get("profile")).isNotEmpty();
            assertThat(role.get("movesIn").size() + role.get("movesOut").size()).isPositive();
            assertThat(role.get("profile").get(0).get("essential").asBoolean()).isTrue();
        });
    }

    @Test
    void shouldFilterModulesByModalityAndStatus() {
        withDemo((app, client) -> {
            var videos = ok(client.get("/api/v1/modules?modality=video&status=published&limit=200"))
                    .get("items");

            assertThat(videos).isNotEmpty().allSatisfy(m -> {
                assertThat(m.get("modality").asText()).isEqualTo("video");
                assertThat(m.get("status").asText()).isEqualTo("published");
            });
            var first = videos.get(0).get("id").asText();
            var detail = ok(client.get("/api/v1/modules/" + first));
            assertThat(detail.get("teaches")).isNotEmpty();
        });
    }

    @Test
    void shouldAnswerUnknownIdsWith404Problems() {
        withDemo((app, client) -> {
            for (var path : List.of("/api/v1/skills/nope", "/api/v1/roles/nope", "/api/v1/modules/nope")) {
                var response = client.get(path);
                assertThat(response.code()).as(path).isEqualTo(404);
                assertThat(response.headers().get("Content-Type").get(0)).startsWith("application/problem+json");
                assertThat(json(response).get("code").asText()).isEqualTo("not-found");
            }
        });
    }

    @Test
    void shouldNameEveryBadParameter() {
        withDemo((app, client) -> {
            var response = client.get("/api/v1/modules?modality=hologram&pacing=fast&limit=0");

            assertThat(response.code()).isEqualTo(400);
            var problem = json(response);
            assertThat(problem.get("code").asText()).isEqualTo("invalid-parameter");
            var pointers = new ArrayList<String>();
            problem.get("errors").forEach(e -> pointers.add(e.get("pointer").asText()));
            assertThat(pointers).containsExactlyInAnyOrder("query:modality", "query:pacing", "query:limit");
        });
    }

    @Test
    void shouldRefuseAForgedCursor() {
        withDemo((app, client) -> {
            var response = client.get("/api/v1/skills?cursor=not-a-cursor");

            assertThat(response.code()).isEqualTo(400);
            assertThat(json(response).get("errors").get(0).get("pointer").asText())
                    .isEqualTo("query:cursor");
        });
    }

    @Test
    void shouldTreatSearchTextAsTextNotAsQuerySyntax() {
        withDemo((app, client) -> {
            for (var text : List.of("sql) OR (*", "\"unbalanced", "a:b AND", "' RETURN 1 //", "[]{}~^")) {
                var response = client.get("/api/v1/skills?q="
                        + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8));
                assertThat(response.code()).as(text).isEqualTo(200);
            }
        });
    }

    static List<String> ids(JsonNode items) {
        var ids = new ArrayList<String>();
        items.forEach(i ->
                ids.add(i.has("id") ? i.get("id").asText() : i.get("skillId").asText()));
        return ids;
    }

    private static JsonNode firstWithSkills(JsonNode topics) {
        for (var t : topics) {
            if (t.get("skills").asInt() > 0 && t.get("narrower").isEmpty()) {
                return t;
            }
            var deeper = firstWithSkills(t.get("narrower"));
            if (deeper != null) {
                return deeper;
            }
        }
        return null;
    }
}
