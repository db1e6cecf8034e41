package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.JSON;
import static org.skillgraph.api.http.ApiFixture.bearer;
import static org.skillgraph.api.http.ApiFixture.json;
import static org.skillgraph.api.http.ApiFixture.ok;
import static org.skillgraph.api.http.ApiFixture.token;
import static org.skillgraph.api.http.ApiFixture.withDemo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.testtools.HttpClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.access.AccessRole;

/**
 * The living taxonomy on the demo: the next version of {@code northwind} drops {@code sql} for a new
 * {@code sql-ansi} labelled the same and renames {@code spreadsheets}; it is reviewed, applied with sql
 * superseded by sql-ansi, and the learner records follow with their provenance.
 */
class TaxonomyApiIT {

    private static final String CHANGESETS = "/api/v1/frameworks/northwind/changesets";

    @Test
    void shouldReviewAndApplyANewVersionMigratingLearnerRecords() {
        withDemo((app, client) -> {
            var created = client.post(CHANGESETS + "?source=northwind-2027.1", nextVersion(client));
            assertThat(created.code()).as(() -> created.body().string()).isEqualTo(201);
            var cs = json(created);
            var id = cs.get("id").asText();
            assertThat(cs.get("counts").get("skill-added").asInt()).isEqualTo(1);
            assertThat(cs.get("counts").get("skill-removed").asInt()).isEqualTo(1);
            assertThat(cs.get("counts").get("skill-renamed").asInt()).isEqualTo(1);
            assertThat(cs.get("impact").get("holders").asLong()).isPositive();
            assertThat(cs.get("impact").get("people").asLong())
                    .isGreaterThanOrEqualTo(cs.get("impact").get("holders").asLong());
            assertThat(cs.get("impact").get("modules").get("count").asLong()).isPositive();

            var removed = ok(client.get(CHANGESETS + "/" + id + "?kind=skill-removed"));
            assertThat(removed.get("items")).hasSize(1);
            assertThat(removed.get("items").get(0).get("id").asText()).isEqualTo("sql");
            assertThat(removed.get("items").get(0).get("suggestion").asText()).isEqualTo("sql-ansi");
            assertThat(removed.get("items").get(0).get("similarity").asDouble()).isEqualTo(1.0);
            var sample = removed.get("peopleSample");
            assertThat(sample).isNotEmpty();

            var holder = sample.get(0).asText();
            var sqlHolders = holders(client, "sql");
            var needsBefore = roleNeeds(client, "sql");
            var version = graphVersion(client);

            var unknown = client.post(CHANGESETS + "/" + id + "/apply", replaceSql("no-such-skill"));
            assertThat(unknown.code()).isEqualTo(400);
            assertThat(json(unknown).get("errors").get(0).get("pointer").asText())
                    .isEqualTo("/choices/0/successors/0/skill");
            assertThat(graphVersion(client)).isEqualTo(version);

            var applied = ok(client.post(CHANGESETS + "/" + id + "/apply", replaceSql("sql-ansi")));
            assertThat(applied.get("superseded").asInt()).isEqualTo(1);
            assertThat(applied.get("holdings").asLong()).isPositive();
            assertThat(applied.get("version").get("seq").asInt()).isEqualTo(1);
            assertThat(graphVersion(client)).isEqualTo(version + 1);
            assertThat(holders(client, "sql-ansi")).containsAll(sqlHolders);
            assertThat(holders(client, "sql")).containsExactlyInAnyOrderElementsOf(sqlHolders);
            assertThat(roleNeeds(client, "sql-ansi")).containsExactlyInAnyOrderElementsOf(needsBefore);
            assertThat(roleNeeds(client, "sql")).isEmpty();
            var deprecatedNeed = client.put(
                    "/api/v1/roles/" + needsBefore.get(0),
                    "{\"id\": \"" + needsBefore.get(0) + "\", \"title\": \"Analyst\", \"needs\": [{\"skill\": \"sql\", "
                            + "\"level\": 3, \"importance\": 3, \"essential\": true}]}");
            assertThat(deprecatedNeed.code()).isEqualTo(400);
            var refusal = json(deprecatedNeed);
            assertThat(refusal.get("code").asText()).isEqualTo("deprecated-skill");
            assertThat(refusal.get("errors").get(0).get("pointer").asText()).isEqualTo("/needs/0/skill");
            assertThat(sqlHolders).contains(holder);
            assertThat(ok(client.get("/api/v1/skills/spreadsheets")).get("name").asText())
                    .isEqualTo("Spreadsheets and models");

            var again = client.post(CHANGESETS + "/" + id + "/apply", "{}");
            assertThat(again.code()).isEqualTo(409);
            assertThat(json(again).get("code").asText()).isEqualTo("already-applied");
            var versions =
                    ok(client.get("/api/v1/frameworks/northwind/versions")).get("items");
            assertThat(versions).hasSize(1);
            assertThat(versions.get(0).get("changeSet").asText()).isEqualTo(id);
            assertThat(versions.get(0).get("source").asText()).isEqualTo("northwind-2027.1");
            var history = ok(client.get("/api/v1/skills/sql/history")).get("items");
            assertThat(history).extracting(h -> h.get("what").asText()).contains("skill-removed");
            var unknownRole = client.get("/api/v1/roles/no-such-role/history");
            assertThat(unknownRole.code()).isEqualTo(404);
            assertThat(json(unknownRole).get("detail").asText()).contains("no-such-role");
            assertThat(ok(client.get("/api/v1/roles/data-analyst/history")).get("items"))
                    .as("a role that exists has a history, empty or not")
                    .isNotNull();
        });
    }

    @Test
    void shouldRefuseAStaleBaseAWrongFrameworkAndDiscardAnOpenChangeSet() {
        withDemo((app, client) -> {
            var body = nextVersion(client);
            var first = json(client.post(CHANGESETS, body)).get("id").asText();
            var second = json(client.post(CHANGESETS, body)).get("id").asText();
            ok(client.post(CHANGESETS + "/" + first + "/apply", "{}"));

            var stale = client.post(CHANGESETS + "/" + second + "/apply", "{}");
            assertThat(stale.code()).isEqualTo(409);
            assertThat(json(stale).get("code").asText()).isEqualTo("stale-base");
            var elsewhere = client.post("/api/v1/frameworks/local/changesets/" + second + "/apply", "{}");
            assertThat(elsewhere.code()).isIn(404, 409);
            var wrong = client.post(
                    CHANGESETS, "{\"frameworks\": [{\"id\": \"other\", \"title\": \"Other\"}], \"skills\": []}");
            assertThat(wrong.code()).isEqualTo(409);
            assertThat(json(wrong).get("code").asText()).isEqualTo("wrong-framework");

            assertThat(client.delete(CHANGESETS + "/" + second).code()).isEqualTo(204);
            assertThat(client.get(CHANGESETS + "/" + second).code()).isEqualTo(404);
            assertThat(client.delete(CHANGESETS + "/" + first).code()).isEqualTo(409);
            assertThat(ok(client.get("/api/v1/skills/sql")).get("id").asText()).isEqualTo("sql");
        });
    }

    @Test
    void shouldShowWhoIsAffectedToAdminsOnly() {
        ApiFixture.withDemoAnonymous((app, client) -> {
            var admin = token(AccessRole.ADMIN, null);
            var designer = token(AccessRole.DESIGNER, null);
            var body = nextVersion(ok(client.get("/api/v1/export", bearer(admin))));
            var id = json(client.post(CHANGESETS, body, bearer(designer)))
                    .get("id")
                    .asText();

            var asDesigner = ok(client.get(CHANGESETS + "/" + id, bearer(designer)));
            var asAdmin = ok(client.get(CHANGESETS + "/" + id, bearer(admin)));

            assertThat(asDesigner.path("peopleSample").isNull()).isTrue();
            assertThat(asDesigner.get("changeSet").get("impact").get("holders").asLong())
                    .isPositive();
            assertThat(asAdmin.get("peopleSample")).isNotEmpty();
        });
    }

    private static String nextVersion(HttpClient client) {
        return nextVersion(ok(client.get("/api/v1/export")));
    }

    /** The demo's northwind skills from the export, sql dropped for sql-ansi, spreadsheets renamed. */
    private static String nextVersion(JsonNode export) {
        var skills = (ArrayNode) export.get("skills");
        var next = JSON.createArrayNode();
        for (var s : skills) {
            var skill = (ObjectNode) s.deepCopy();
            skill.remove("exactMatches");
            if (skill.get("id").asText().equals("sql")) {
                skill.put("id", "sql-ansi");
            } else if (skill.get("id").asText().equals("spreadsheets")) {
                skill.put("name", "Spreadsheets and models");
            }
            if (skill.has("requires")) {
                for (var r : skill.get("requires")) {
                    if (r.get("skill").asText().equals("sql")) {
                        ((ObjectNode) r).put("skill", "sql-ansi");
                    }
                }
            }
            if (skill.has("broader")) {
                var broader = JSON.createArrayNode();
                skill.get("broader").forEach(b -> broader.add(b.asText().equals("sql") ? "sql-ansi" : b.asText()));
                skill.set("broader", broader);
            }
            next.add(skill);
        }
        var bundle = JSON.createObjectNode();
        bundle.set("frameworks", export.get("frameworks"));
        bundle.set("topics", export.get("topics"));
        bundle.set("skills", next);
        return bundle.toString();
    }

    private static String replaceSql(String successor) {
        return "{\"choices\": [{\"skill\": \"sql\", \"action\": \"replace\", \"successors\": [{\"skill\": \""
                + successor + "\"}]}]}";
    }

    private static List<String> holders(HttpClient client, String skill) {
        var out = new ArrayList<String>();
        var people = ok(client.get("/api/v1/export?people=true")).get("people");
        for (JsonNode p : people) {
            for (JsonNode h : p.path("holds")) {
                if (h.get("skill").asText().equals(skill)) {
                    out.add(p.get("id").asText());
                }
            }
        }
        return out;
    }

    private static List<String> roleNeeds(HttpClient client, String skill) {
        var out = new ArrayList<String>();
        for (JsonNode r : ok(client.get("/api/v1/export")).get("roles")) {
            for (JsonNode n : r.path("needs")) {
                if (n.get("skill").asText().equals(skill)) {
                    out.add(r.get("id").asText());
                }
            }
        }
        return out;
    }

    private static long graphVersion(HttpClient client) {
        return (Long) org.skillgraph.seed.testing.Neo4jFixture.get()
                .query("MATCH (m:Meta {id: 'meta'}) RETURN m.version", java.util.Map.of())
                .get(0);
    }
}
