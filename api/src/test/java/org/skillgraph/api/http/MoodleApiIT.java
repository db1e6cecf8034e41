package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.bearer;
import static org.skillgraph.api.http.ApiFixture.json;
import static org.skillgraph.api.http.ApiFixture.ok;
import static org.skillgraph.api.http.ApiFixture.withDemoAnonymous;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.access.AccessRole;

/** Moodle competency CSV over HTTP: the import route against the demo in a real Neo4j. */
class MoodleApiIT {

    private static final String SAMPLE = "/interchange/moodle/oecd-core-competencies.csv";

    @Test
    void shouldCheckThenImportMoodlesExampleForADesignerAndRefuseAReader() {
        withDemoAnonymous((app, client) -> {
            var designer = ApiFixture.issued(AccessRole.DESIGNER, null);
            var reader = ApiFixture.issued(AccessRole.READER, null);
            var before = AccessMatrixIT.fingerprint();

            var checked = ok(client.post("/api/v1/import/moodle?dryRun=true", sample(), bearer(designer.secret())));
            var afterCheck = AccessMatrixIT.fingerprint();
            var forbidden = client.post("/api/v1/import/moodle", sample(), bearer(reader.secret()));
            var report = ok(client.post("/api/v1/import/moodle", sample(), bearer(designer.secret())));
            var skills = ok(client.get("/api/v1/skills?framework=OECD-CORE&limit=100", bearer(reader.secret())));

            assertThat(afterCheck).isEqualTo(before);
            assertThat(checked.at("/wouldChange/changes/skills/created").asInt())
                    .isEqualTo(64);
            assertThat(checked.has("written")).isFalse();
            assertThat(forbidden.code()).isEqualTo(403);
            assertThat(report.get("framework").asText()).isEqualTo("OECD-CORE");
            assertThat(report.at("/written/entities/skills").asInt()).isEqualTo(64);
            assertThat(report.at("/scale/1/level").asInt()).isEqualTo(5);
            assertThat(skills.get("items")).hasSize(64);
        });
    }

    @Test
    void shouldRefuseAMalformedFileWithLineAndColumnAndWriteNothing() {
        var broken = sample().replace("delivery,analytical-thinking,", "nowhere,analytical-thinking,");
        withDemoAnonymous((app, client) -> {
            var designer = ApiFixture.issued(AccessRole.DESIGNER, null);
            var before = AccessMatrixIT.fingerprint();

            var refused = client.post("/api/v1/import/moodle", broken, bearer(designer.secret()));

            assertThat(refused.code()).isEqualTo(400);
            assertThat(refused.headers().get("Content-Type").get(0)).startsWith("application/problem+json");
            var problem = json(refused);
            assertThat(problem.get("code").asText()).isEqualTo("invalid-moodle-csv");
            assertThat(problem.at("/errors/0/pointer").asText()).isEqualTo("line 21/Parent id number");
            assertThat(problem.at("/errors/0/message").asText()).contains("'nowhere'");
            assertThat(problem.at("/files/0").asText()).isEqualTo("request body");
            assertThat(AccessMatrixIT.fingerprint()).isEqualTo(before);
        });
    }

    private static String sample() {
        try (var in = MoodleApiIT.class.getResourceAsStream(SAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
