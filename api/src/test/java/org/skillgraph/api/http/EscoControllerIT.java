package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgraph.api.app.Skillgraph;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.seed.testing.EscoFixture;
import org.skillgraph.seed.testing.Neo4jFixture;

class EscoControllerIT {

    private static final Neo4jFixture NEO4J = Neo4jFixture.get();
    private static ApiServer server;
    private static Skillgraph skillgraph;
    private String token;

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        // The fixture owns the driver: the Skillgraph built over it is never closed.
        var graph = GraphClient.wrap(NEO4J.driver(), Neo4jSettings.unauthenticated(NEO4J.boltUri()));
        skillgraph = Skillgraph.over(graph);
        server = ApiServer.create(skillgraph.services(), ServerSettings.loopback(0))
                .start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void emptyGraph() {
        NEO4J.reset();
        token = skillgraph
                .services()
                .security()
                .tokens()
                .issue(AccessRole.DESIGNER, null, "esco test")
                .secret();
    }

    @Test
    void shouldImportTheUploadedZipsAndAnswerTheReport() throws Exception {
        var zips = EscoFixture.zips(tmp);

        var response = post(multipart(Map.of("classification", zips.get(0), "relations", zips.get(1))));

        assertThat(response.statusCode()).isEqualTo(200);
        var report = json(response);
        assertThat(report.get("escoVersion").asText()).isEqualTo(EscoFixture.ZIP_VERSION);
        assertThat(report.get("nodes").toString()).isEqualTo("{\"Topic\":3,\"Skill\":10,\"Role\":3}");
        assertThat(report.get("relationships").get("NEEDS").asLong()).isEqualTo(13);
        assertThat(report.get("dangling").get("total").asLong()).isEqualTo(2);
        assertThat(report.get("took").asText()).startsWith("PT");
        assertThat(NEO4J.query("MATCH (s:Skill) RETURN count(s)", Map.of())).containsExactly(10L);
    }

    @Test
    void shouldTakeTheVersionFromTheFormWhenGiven() throws Exception {
        var zips = EscoFixture.zips(tmp);
        var body = multipart(Map.of("classification", zips.get(0), "relations", zips.get(1), "escoVersion", "1.2.0"));

        var response = post(body);

        assertThat(json(response).get("escoVersion").asText()).isEqualTo("1.2.0");
    }

    @Test
    void shouldRefuseAVersionThatIsNotAVersion() throws Exception {
        var zips = EscoFixture.zips(tmp);
        var body = multipart(
                Map.of("classification", zips.get(0), "relations", zips.get(1), "escoVersion", "1.1.1; drop"));

        var response = post(body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").get(0).get("pointer").asText()).isEqualTo("/escoVersion");
        assertThat(NEO4J.modelNodeCount()).isZero();
    }

    @Test
    void shouldNameTheMissingUpload() throws Exception {
        var zips = EscoFixture.zips(tmp);

        var response = post(multipart(Map.of("classification", zips.get(0))));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(Problem.MEDIA_TYPE);
        var problem = json(response);
        assertThat(problem.get("code").asText()).isEqualTo("invalid-body");
        assertThat(problem.get("errors").get(0).get("pointer").asText()).isEqualTo("/relations");
    }

    @Test
    void shouldRefuseZipsThatAreNotAnEscoExport() throws Exception {
        var zips = EscoFixture.zips(tmp);

        var response = post(multipart(Map.of("classification", zips.get(0), "relations", zips.get(0))));

        assertThat(response.statusCode()).isEqualTo(400);
        var problem = json(response);
        assertThat(problem.get("code").asText()).isEqualTo("not-esco-export");
        assertThat(problem.get("detail").asText())
                .contains("occupationSkillRelations.csv")
                .contains("esco-9.9.9-classification-en-csv.zip")
                .doesNotContain(System.getProperty("java.io.tmpdir"));
        assertThat(NEO4J.modelNodeCount()).isZero();
    }

    @Test
    void shouldRefuseAFileThatIsNotAZip() throws Exception {
        var text = Files.writeString(tmp.resolve("skills.csv"), "conceptUri\n");
        var zips = EscoFixture.zips(tmp);

        var response = post(multipart(Map.of("classification", text, "relations", zips.get(1))));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("detail").asText())
                .isEqualTo("skills.csv is not a zip file (ESCO's export is two CSV zips)");
    }

    @Test
    void shouldRefuseABodyThatIsNotMultipart() throws Exception {
        var request = HttpRequest.newBuilder(uri())
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();

        var response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("code").asText()).isEqualTo("invalid-body");
    }

    @Test
    void shouldRefuseAnUploadOverItsLimitWithoutALength() throws Exception {
        var boundary = "b" + UUID.randomUUID();
        long size = EscoController.MAX_UPLOAD_BYTES + 1024 * 1024;
        var head = ("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"classification\"; filename=\"big.zip\"\r\n"
                        + "Content-Type: application/zip\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        // No Content-Length: the body streams in chunks and Jetty's multipart limit must stop it.
        var request = HttpRequest.newBuilder(uri())
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new SequenceInputStream(new ByteArrayInputStream(head), new Zeros(size))))
                .build();

        var response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("code").asText()).isEqualTo("payload-too-large");
    }

    @Test
    void shouldRefuseADeclaredLengthOverTheLimitBeforeReadingIt() throws Exception {
        var request = HttpRequest.newBuilder(uri())
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> new Zeros(EscoController.MAX_UPLOAD_BYTES + 1)),
                        EscoController.MAX_UPLOAD_BYTES + 1))
                .build();

        var response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
    }

    private URI uri() {
        return URI.create("http://127.0.0.1:" + server.port() + EscoController.PATH);
    }

    private HttpResponse<String> post(Multipart body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri())
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + body.boundary())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return Json.mapper().readTree(response.body());
    }

    private record Multipart(String boundary, byte[] bytes) {}

    /** Files (Path values) and text fields (String values), in the order given. */
    private static Multipart multipart(Map<String, Object> fields) throws IOException {
        var boundary = "b" + UUID.randomUUID();
        var out = new ByteArrayOutputStream();
        for (var field : new LinkedHashMap<>(fields).entrySet()) {
            out.write(("--" + boundary + "\r\n").getBytes(StandardCharsets.US_ASCII));
            if (field.getValue() instanceof Path file) {
                out.write(("Content-Disposition: form-data; name=\"" + field.getKey() + "\"; filename=\""
                                + file.getFileName() + "\"\r\nContent-Type: application/zip\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.write(Files.readAllBytes(file));
            } else {
                out.write(("Content-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n" + field.getValue())
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return new Multipart(boundary, out.toByteArray());
    }

    /** {@code size} zero bytes, never held in memory at once. */
    private static final class Zeros extends InputStream {
        private long left;

        Zeros(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            return left-- > 0 ? 0 : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            Arrays.fill(b, off, off + n, (byte) 0);
            left -= n;
            return n;
        }
    }
}
