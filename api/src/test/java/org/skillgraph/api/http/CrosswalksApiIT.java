package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.json;
import static org.skillgraph.api.http.ApiFixture.ok;
import static org.skillgraph.api.http.ApiFixture.withDemo;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.HttpClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Crosswalks on the demo: Niamh (p-042) is assessed at SQL 5 in another framework; the demo's {@code sql}
 * (she holds 3 of the 4 her target needs) counts that level only while the two skills are an exact match.
 */
class CrosswalksApiIT {

    private static final String OTHER_FRAMEWORK = """
            {"frameworks": [{"id": "esco-test", "title": "ESCO excerpt", "publisher": "European Commission"}],
             "skills": [{"id": "esco-test:sql", "name": "SQL", "framework": "esco-test"}],
             "people": [{"id": "p-042", "name": "Niamh Adeyemi",
                         "holds": [{"skill": "esco-test:sql", "level": 5, "source": "assessment", "at": "2026-11-02"}]}]}
            """;

    private static final String CROSSWALK = "{\"skill\": \"esco-test:sql\", \"match\": \"sql\"}";

    @Test
    void shouldCountAnExactMatchsLevelInGapRouteAndCoaches() {
        withDemo((app, client) -> {
            ok(client.post("/api/v1/import", OTHER_FRAMEWORK));
            var gapBefore = gapSkills(client);
            var routeBefore = routeSkills(client);
            var coachBefore = coachSkills(client);

            var created = client.post("/api/v1/crosswalks", CROSSWALK);

            assertThat(created.code()).isEqualTo(201);
            assertThat(gapBefore).contains("sql");
            assertThat(routeBefore).contains("sql");
            assertThat(coachBefore).contains("sql");
            assertThat(gapSkills(client)).doesNotContain("sql").isNotEmpty();
            assertThat(routeSkills(client)).doesNotContain("sql");
            assertThat(coachSkills(client)).doesNotContain("sql");

            var removed = client.delete("/api/v1/crosswalks/sql/esco-test:sql");

            assertThat(removed.code()).isEqualTo(204);
            assertThat(gapSkills(client)).isEqualTo(gapBefore);
        });
    }

    @Test
    void shouldListCrosswalksBySkillAndFramework() {
        withDemo((app, client) -> {
            ok(client.post("/api/v1/import", OTHER_FRAMEWORK));
            assertThat(client.post("/api/v1/crosswalks", CROSSWALK).code()).isEqualTo(201);

            var bySkill = ok(client.get("/api/v1/crosswalks?skill=sql")).get("items");
            var byFramework =
                    ok(client.get("/api/v1/crosswalks?framework=northwind")).get("items");
            var elsewhere =
                    ok(client.get("/api/v1/crosswalks?skill=query-tuning")).get("items");

            assertThat(bySkill).hasSize(1);
            assertThat(bySkill.get(0).get("skill").asText()).isEqualTo("esco-test:sql");
            assertThat(bySkill.get(0).get("skillFramework").asText()).isEqualTo("esco-test");
            assertThat(bySkill.get(0).get("match").asText()).isEqualTo("sql");
            assertThat(bySkill.get(0).get("matchFramework").asText()).isEqualTo("northwind");
            assertThat(byFramework).hasSize(1);
            assertThat(elsewhere).isEmpty();
            client.delete("/api/v1/crosswalks/esco-test:sql/sql");
        });
    }

    @Test
    void shouldRefuseCrosswalksWithinAFrameworkTwiceOrToNothing() {
        withDemo((app, client) -> {
            ok(client.post("/api/v1/import", OTHER_FRAMEWORK));
            assertThat(client.post("/api/v1/crosswalks", CROSSWALK).code()).isEqualTo(201);

            var again = client.post("/api/v1/crosswalks", "{\"skill\": \"sql\", \"match\": \"esco-test:sql\"}");
            var same = client.post("/api/v1/crosswalks", "{\"skill\": \"sql\", \"match\": \"query-tuning\"}");
            var unknown = client.post("/api/v1/crosswalks", "{\"skill\": \"sql\", \"match\": \"levitation\"}");
            var itself = client.post("/api/v1/crosswalks", "{\"skill\": \"sql\", \"match\": \"sql\"}");
            var stale =
                    client.delete("/api/v1/crosswalks/esco-test:sql/sql", null, r -> r.header("If-Match", "\"stale\""));

            assertThat(again.code()).isEqualTo(409);
            assertThat(json(again).get("code").asText()).isEqualTo("already-exists");
            assertThat(same.code()).isEqualTo(409);
            assertThat(json(same).get("code").asText()).isEqualTo("same-framework");
            assertThat(unknown.code()).isEqualTo(400);
            assertThat(json(unknown).get("code").asText()).isEqualTo("unknown-reference");
            assertThat(itself.code()).isEqualTo(400);
            assertThat(stale.code()).isEqualTo(412);
            assertThat(client.delete("/api/v1/crosswalks/esco-test:sql/sql").code())
                    .isEqualTo(204);
            assertThat(client.delete("/api/v1/crosswalks/esco-test:sql/sql").code())
                    .isEqualTo(404);
        });
    }

    private static List<String> gapSkills(HttpClient client) {
        var skills = new ArrayList<String>();
        for (var s : ok(client.get("/api/v1/people/p-042/gap")).get("gap").get("skills")) {
            if (s.get("gap").asInt() > 0) {
                skills.add(s.get("skillId").asText());
            }
        }
        return skills;
    }

    private static List<String> routeSkills(HttpClient client) {
        var skills = new ArrayList<String>();
        for (var step :
                ok(client.get("/api/v1/people/p-042/route")).get("route").get("steps")) {
            step.get("closes").forEach(c -> skills.add(c.get("skillId").asText()));
        }
        return skills;
    }

    private static List<String> coachSkills(HttpClient client) {
        var skills = new ArrayList<String>();
        for (JsonNode need : ok(client.get("/api/v1/people/p-042/coaches")).get("gaps")) {
            skills.add(need.get("skillId").asText());
        }
        return skills;
    }
}
