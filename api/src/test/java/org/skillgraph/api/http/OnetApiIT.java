package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.bearer;
import static org.skillgraph.api.http.ApiFixture.json;
import static org.skillgraph.api.http.ApiFixture.ok;
import static org.skillgraph.api.http.ApiFixture.withDemoAnonymous;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.seed.onet.OnetFixtures;

/** {@code POST /api/v1/import/onet} against the demo in a real Neo4j, with the real O*NET excerpt zipped. */
class OnetApiIT {

    private static Response post(HttpClient client, String path, byte[] zip, String secret) {
        return client.request(path, request -> {
            bearer(secret).accept(request);
            request.header("Content-Type", "application/zip");
            request.post(HttpRequest.BodyPublishers.ofByteArray(zip));
        });
    }

    @Test
    void shouldImportTheZipForADesignerAndRefuseAReader() {
        withDemoAnonymous((app, client) -> {
            var designer = ApiFixture.issued(AccessRole.DESIGNER, null);
            var reader = ApiFixture.issued(AccessRole.READER, null);

            var forbidden = post(client, "/api/v1/import/onet", OnetFixtures.zip(), reader.secret());
            var report = ok(post(client, "/api/v1/import/onet", OnetFixtures.zip(), designer.secret()));
            var role = ok(client.get("/api/v1/roles/onet:11-1011.00", bearer(designer.secret())));

            assertThat(forbidden.code()).isEqualTo(403);
            assertThat(report.get("framework").asText()).isEqualTo("onet-28.0");
            assertThat(report.at("/mapped/roles").asInt()).isEqualTo(3);
            assertThat(report.at("/written/entities/skills").asInt()).isEqualTo(41);
            assertThat(report.at("/skipped/Not Relevant = Y").asInt()).isEqualTo(18);
            assertThat(role.get("title").asText()).isEqualTo("Chief Executives");
        });
    }

    @Test
    void shouldWriteNothingInADryRun() {
        withDemoAnonymous((app, client) -> {
            var designer = ApiFixture.issued(AccessRole.DESIGNER, null);
            var before = AccessMatrixIT.fingerprint();

            var report = ok(post(
                    client, "/api/v1/import/onet?dryRun=true&release=30.1", OnetFixtures.zip(), designer.secret()));

            assertThat(report.get("framework").asText()).isEqualTo("onet-30.1");
            assertThat(report.at("/dryRun/changes/roles/created").asInt()).isEqualTo(3);
            assertThat(report.get("written").isNull()).isTrue();
            assertThat(AccessMatrixIT.fingerprint()).isEqualTo(before);
        });
    }

    @Test
    void shouldRefuseAMalformedFileWithProblemJsonNamingFileLineAndColumn() {
        var files = new HashMap<>(OnetFixtures.files());
        var occupations = new String(files.get("Occupation Data.txt"), StandardCharsets.UTF_8)
                .replace("11-1011.03\t", "11-10113\t");
        files.put("Occupation Data.txt", occupations.getBytes(StandardCharsets.UTF_8));
        withDemoAnonymous((app, client) -> {
            var designer = ApiFixture.issued(AccessRole.DESIGNER, null);
            var before = AccessMatrixIT.fingerprint();

            var refused =
                    post(client, "/api/v1/import/onet", OnetFixtures.zip("db_28_0_text", files), designer.secret());
            var notZip = post(
                    client, "/api/v1/import/onet", "plain text".getBytes(StandardCharsets.UTF_8), designer.secret());

            assertThat(refused.code()).isEqualTo(400);
            assertThat(refused.headers().get("Content-Type").get(0)).startsWith("application/problem+json");
            var problem = json(refused);
            assertThat(problem.get("code").asText()).isEqualTo("invalid-onet-database");
            assertThat(problem.at("/files/0").asText()).isEqualTo("Occupation Data.txt");
            assertThat(problem.at("/errors/0/pointer").asText()).isEqualTo("line 3/O*NET-SOC Code");
            assertThat(notZip.code()).isEqualTo(400);
            assertThat(json(notZip).at("/files/0").asText()).isEqualTo("request body");
            assertThat(AccessMatrixIT.fingerprint()).isEqualTo(before);
        });
    }
}
