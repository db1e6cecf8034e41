package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.json;
import static org.skillgraph.api.http.ApiFixture.ok;
import static org.skillgraph.api.http.ApiFixture.withDemo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.skillgraph.seed.onet.OnetFixtures;

/**
 * New framework versions in the exchange formats, read into change sets over HTTP from the real third-party
 * fixtures: Moodle's OECD framework CSV, OpenSALT's CASE sample and the O*NET excerpt. Each is imported directly
 * first (which records version 1), then a changed copy is uploaded, reviewed and applied (version 2).
 */
class FormatChangeSetsApiIT {

    private static final String MOODLE = "/interchange/moodle/oecd-core-competencies.csv";
    private static final String CASE = "/interchange/case/opensalt-sample-framework.json";
    private static final String CASE_FRAMEWORK = "case:20c5134f-423d-4097-a971-3dd5152bf507";

    @Test
    void shouldDiffAndApplyAMoodleCsvAgainstItsDirectImport() {
        withDemo((app, client) -> {
            ok(client.post("/api/v1/import/moodle", resource(MOODLE)));
            var versions = ok(client.get("/api/v1/frameworks/OECD-CORE/versions"));
            assertThat(versions.get("items")).hasSize(1);
            assertThat(versions.at("/items/0/source").asText()).isEqualTo("moodle");
            assertThat(versions.at("/items/0/summary").asText()).startsWith("direct import: 64 skills");

            // Moodle matches by id number: a new short name is a rename, a dropped row a removal.
            var next = resource(MOODLE)
                    .replace(
                            "delivery,analytical-thinking,\"Analytical Thinking\"",
                            "delivery,analytical-thinking,\"Analytical reasoning\"");
            var created = post(client, "/api/v1/frameworks/OECD-CORE/changesets?source=oecd-2027", next, "text/csv");
            assertThat(created.code()).as(() -> created.body().string()).isEqualTo(201);
            var cs = json(created);
            assertThat(cs.get("source").asText()).isEqualTo("oecd-2027");
            assertThat(cs.at("/counts/skill-renamed").asInt()).isEqualTo(1);
            var renamed = ok(client.get(
                    "/api/v1/frameworks/OECD-CORE/changesets/" + cs.get("id").asText() + "?kind=skill-renamed"));
            assertThat(renamed.at("/items/0/id").asText()).isEqualTo("analytical-thinking");
            assertThat(renamed.at("/items/0/after/0").asText()).isEqualTo("Analytical reasoning");

            var wrong = post(client, "/api/v1/frameworks/northwind/changesets?format=moodle", next, "text/csv");
            assertThat(wrong.code()).isEqualTo(409);
            assertThat(json(wrong).get("code").asText()).isEqualTo("wrong-framework");

            var apply =
                    "/api/v1/frameworks/OECD-CORE/changesets/" + cs.get("id").asText() + "/apply";
            var applied = ok(client.post(apply, "{}"));
            assertThat(applied.at("/version/seq").asInt()).isEqualTo(2);
            var twice = client.post(apply, "{}");
            assertThat(twice.code()).isEqualTo(409);
            assertThat(json(twice).get("code").asText()).isEqualTo("already-applied");
            assertThat(ok(client.get("/api/v1/skills/analytical-thinking"))
                            .get("name")
                            .asText())
                    .isEqualTo("Analytical reasoning");
            assertThat(ok(client.get("/api/v1/frameworks/OECD-CORE/versions")).get("items"))
                    .hasSize(2);
        });
    }

    @Test
    void shouldRefuseAChangeSetMadeBeforeADirectImportMovedTheFrameworkOn() {
        withDemo((app, client) -> {
            ok(client.post("/api/v1/import/moodle", resource(MOODLE)));
            var cs = json(post(client, "/api/v1/frameworks/OECD-CORE/changesets", resource(MOODLE), "text/csv"));
            assertThat(cs.get("counts").size()).isZero();
            ok(client.post("/api/v1/import/moodle", resource(MOODLE)));

            var stale = client.post(
                    "/api/v1/frameworks/OECD-CORE/changesets/" + cs.get("id").asText() + "/apply", "{}");

            assertThat(stale.code()).isEqualTo(409);
            assertThat(json(stale).get("code").asText()).isEqualTo("stale-base");
        });
    }

    @Test
    void shouldReadACasePackageByItsIdentifiers() {
        withDemo((app, client) -> {
            ok(client.post("/api/v1/import/case", resource(CASE)));
            var tree = (ObjectNode) ApiFixture.JSON.readTree(resource(CASE));
            var items = (com.fasterxml.jackson.databind.node.ArrayNode) tree.get("CFItems");
            var changed = (ObjectNode) items.get(0);
            var id = "case:" + changed.get("identifier").asText();
            changed.put("fullStatement", "Reason about ratios.");

            var created =
                    client.post("/api/v1/frameworks/" + CASE_FRAMEWORK + "/changesets?format=case", tree.toString());
            assertThat(created.code()).as(() -> created.body().string()).isEqualTo(201);
            var cs = json(created);
            var entries = ok(client.get("/api/v1/frameworks/" + CASE_FRAMEWORK + "/changesets/"
                    + cs.get("id").asText() + "?entity=" + id));

            assertThat(cs.get("source").asText()).isEqualTo("case");
            assertThat(entries.get("items")).isNotEmpty();
            assertThat(entries.at("/items/0/kind").asText()).isIn("skill-renamed", "description-changed");
            assertThat(cs.get("counts").has("skill-removed")).isFalse();
            var bad = client.post(
                    "/api/v1/frameworks/" + CASE_FRAMEWORK + "/changesets?format=case", "{\"CFDocument\": 1}");
            assertThat(bad.code()).isEqualTo(400);
            assertThat(json(bad).get("code").asText()).isEqualTo("invalid-case-package");
        });
    }

    @Test
    void shouldReadANewOnetReleaseAsAVersionOfTheStoredOneAndReportTheOccupationItDrops() {
        withDemo((app, client) -> {
            ok(post(client, "/api/v1/import/onet", OnetFixtures.zip(), "application/zip"));
            // Release 28.1 drops Chief Sustainability Officers (and its ratings).
            var files = new TreeMap<String, byte[]>();
            OnetFixtures.files()
                    .forEach((name, bytes) ->
                            files.put(name, without(bytes, "11-1011.03").getBytes(StandardCharsets.UTF_8)));
            var created = post(
                    client,
                    "/api/v1/frameworks/onet-28.0/changesets",
                    OnetFixtures.zip("db_28_1_text", files),
                    "application/zip");
            assertThat(created.code()).as(() -> created.body().string()).isEqualTo(201);
            var cs = json(created);

            assertThat(cs.get("source").asText()).isEqualTo("onet");
            assertThat(cs.at("/counts/role-removed").asInt()).isEqualTo(1);
            assertThat(cs.at("/impact/removedRoles/ids/0").asText()).contains("11-1011.03");
            assertThat(cs.at("/impact/routes/compared").isNumber()).isTrue();
            assertThat(cs.get("counts").has("skill-added")).isFalse();
        });
    }

    private static String without(byte[] table, String code) {
        return Arrays.stream(new String(table, StandardCharsets.UTF_8).split("\n", -1))
                .filter(line -> !line.contains(code))
                .collect(Collectors.joining("\n"));
    }

    private static Response post(HttpClient client, String path, Object body, String type) {
        return client.request(path, request -> {
            request.header("Content-Type", type);
            request.post(
                    body instanceof byte[] bytes
                            ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                            : HttpRequest.BodyPublishers.ofString((String) body));
        });
    }

    private static String resource(String name) {
        try (var in = FormatChangeSetsApiIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
