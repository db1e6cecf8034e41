package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.bearer;
import static org.skillgraph.api.http.ApiFixture.json;
import static org.skillgraph.api.http.ApiFixture.ok;
import static org.skillgraph.api.http.ApiFixture.withDemoAnonymous;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.seed.casepkg.CaseSchema;

/** CASE 1.1 over HTTP: the import route and the provider, against the demo in a real Neo4j. */
class CaseApiIT {

    private static final String SAMPLE = "/interchange/case/opensalt-sample-framework.json";

    @Test
    void shouldImportARealPackageForADesigner() {
        withDemoAnonymous((app, client) -> {
            // Issued once the demo is in place: reloading it would drop earlier tokens.
            var designer = ApiFixture.issued(AccessRole.DESIGNER, null);
            var report = ok(client.post("/api/v1/import/case", sample(), bearer(designer.secret())));
            var skills = ok(client.get(
                    "/api/v1/skills?framework=case:20c5134f-423d-4097-a971-3dd5152bf507&limit=50",
                    bearer(designer.secret())));

            assertThat(report.get("framework").asText()).isEqualTo("case:20c5134f-423d-4097-a971-3dd5152bf507");
            assertThat(report.at("/mapped/precedes").asInt()).isEqualTo(2);
            assertThat(report.at("/unmapped/exemplar").asInt()).isEqualTo(2);
            assertThat(skills.get("items")).hasSize(16);
        });
    }

    @Test
    void shouldRehearseAnImportOnDryRunAndWriteNothing() {
        withDemoAnonymous((app, client) -> {
            var designer = ApiFixture.issued(AccessRole.DESIGNER, null);
            var before = AccessMatrixIT.fingerprint();

            var rehearsed = ok(client.post("/api/v1/import/case?dryRun=true", sample(), bearer(designer.secret())));

            assertThat(rehearsed.get("dryRun").asBoolean()).isTrue();
            assertThat(rehearsed.get("framework").asText()).isEqualTo("case:20c5134f-423d-4097-a971-3dd5152bf507");
            assertThat(rehearsed.at("/changes/skills/created").asInt()).isEqualTo(16);
            assertThat(rehearsed.at("/mapped/precedes").asInt()).isEqualTo(2);
            assertThat(AccessMatrixIT.fingerprint()).isEqualTo(before);

            var badFlag = client.post("/api/v1/import/case?dryRun=perhaps", sample(), bearer(designer.secret()));
            assertThat(badFlag.code()).isEqualTo(400);
            assertThat(json(badFlag).at("/errors/0/pointer").asText()).isEqualTo("query:dryRun");
            assertThat(AccessMatrixIT.fingerprint()).isEqualTo(before);
        });
    }

    @Test
    void shouldRefuseAMalformedPackageWithItsPointerAndWriteNothing() throws IOException {
        var broken = (ObjectNode) ApiFixture.JSON.readTree(sample());
        ((ObjectNode) broken.get("CFItems").get(3)).remove("fullStatement");
        withDemoAnonymous((app, client) -> {
            var designer = ApiFixture.issued(AccessRole.DESIGNER, null);
            var before = AccessMatrixIT.fingerprint();

            var refused = client.post("/api/v1/import/case", broken.toString(), bearer(designer.secret()));

            assertThat(refused.code()).isEqualTo(400);
            assertThat(refused.headers().get("Content-Type").get(0)).startsWith("application/problem+json");
            var problem = json(refused);
            assertThat(problem.get("code").asText()).isEqualTo("invalid-case-package");
            assertThat(problem.at("/errors/0/pointer").asText()).isEqualTo("/CFItems/3");
            assertThat(problem.at("/errors/0/message").asText()).contains("fullStatement");
            assertThat(problem.at("/files/0").asText()).isEqualTo("request body");
            assertThat(AccessMatrixIT.fingerprint()).isEqualTo(before);
        });
    }

    @Test
    void shouldServeWhatTheGraphHoldsAfterAWrite() {
        withDemoAnonymous((app, client) -> {
            var designer = ApiFixture.issued(AccessRole.DESIGNER, null);
            var before = ok(client.get("/ims/case/v1p1/CFDocuments", bearer(designer.secret())));
            // Asked again with no write between: the same documents (rendered once, kept until a write).
            assertThat(ok(client.get("/ims/case/v1p1/CFDocuments", bearer(designer.secret()))))
                    .isEqualTo(before);

            var created = client.post(
                    "/api/v1/skills",
                    "{\"id\": \"kite-flying\", \"name\": \"Kite flying\"}",
                    bearer(designer.secret()));
            assertThat(created.code()).isEqualTo(201);

            var after = ok(client.get("/ims/case/v1p1/CFDocuments", bearer(designer.secret())));
            assertThat(after.get("CFDocuments"))
                    .hasSize(before.get("CFDocuments").size() + 1);
            var items = new java.util.ArrayList<String>();
            for (var document : after.get("CFDocuments")) {
                var pkg = ok(client.get(
                        "/ims/case/v1p1/CFPackages/"
                                + document.get("identifier").asText(),
                        bearer(designer.secret())));
                pkg.get("CFItems").forEach(item -> items.add(item.toString()));
            }
            assertThat(items).anyMatch(item -> item.contains("Kite flying"));
        });
    }

    @Test
    void shouldServeEveryFrameworkAsCaseWithUrisThatResolveHere() {
        withDemoAnonymous((app, client) -> {
            // Issued once the demo is in place: reloading it would drop earlier tokens.
            var reader = ApiFixture.issued(AccessRole.READER, null);
            var documents = ok(client.get("/ims/case/v1p1/CFDocuments", bearer(reader.secret())));
            var northwind = documents.get("CFDocuments").get(0);
            var id = northwind.get("identifier").asText();
            var pkg = ok(client.get("/ims/case/v1p1/CFPackages/" + id, bearer(reader.secret())));
            var document = ok(client.get(path(northwind.get("uri").asText()), bearer(reader.secret())));
            var precedes = first(pkg, "precedes");
            var dependent = precedes.at("/destinationNodeURI/identifier").asText();
            var item = ok(client.get(path(precedes.at("/destinationNodeURI/uri").asText()), bearer(reader.secret())));
            var association = ok(client.get(path(precedes.get("uri").asText()), bearer(reader.secret())));
            var itemAssociations =
                    ok(client.get("/ims/case/v1p1/CFItemAssociations/" + dependent, bearer(reader.secret())));
            var missing =
                    client.get("/ims/case/v1p1/CFItems/00000000-0000-4000-8000-000000000000", bearer(reader.secret()));

            assertThat(northwind.get("title").asText()).isEqualTo("Northwind Larch skills framework");
            assertThat(CaseSchema.violations(pkg)).isEmpty();
            assertThat(pkg.get("CFItems")).hasSize(84);
            assertThat(document).isEqualTo(northwind);
            assertThat(item.get("identifier").asText()).isEqualTo(dependent);
            assertThat(association).isEqualTo(precedes);
            assertThat(precedes.at("/extensions/skillgraphLevel").asInt()).isBetween(1, 5);
            assertThat(itemAssociations.get("CFAssociations")).contains(precedes);
            assertThat(missing.code()).isEqualTo(404);
        });
    }

    private static com.fasterxml.jackson.databind.JsonNode first(
            com.fasterxml.jackson.databind.JsonNode pkg, String type) {
        for (var a : pkg.get("CFAssociations")) {
            if (a.get("associationType").asText().equals(type)) {
                return a;
            }
        }
        throw new AssertionError("no " + type + " association");
    }

    private static String path(String uri) {
        return URI.create(uri).getPath();
    }

    private static String sample() {
        try (var in = CaseApiIT.class.getResourceAsStream(SAMPLE)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
