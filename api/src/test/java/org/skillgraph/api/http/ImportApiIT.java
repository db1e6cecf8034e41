package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.json;
import static org.skillgraph.api.http.ApiFixture.withDemo;

import org.junit.jupiter.api.Test;
import org.skillgraph.seed.testing.Neo4jFixture;

class ImportApiIT {

    private static long nodes() {
        return Neo4jFixture.get().modelNodeCount();
    }

    @Test
    void shouldImportAValidBundleAndReportWhatWasWritten() {
        withDemo((app, client) -> {
            var bundle = """
                    {"skills": [{"id": "kite-flying", "name": "Kite flying", "requires": [{"skill": "sql", "level": 1}]}]}
                    """;
            var response = client.post("/api/v1/import", bundle);

            assertThat(response.code()).isEqualTo(200);
            var report = json(response);
            // the skill and the 'local' framework a new skill naming none goes to; its prerequisite and framework
            assertThat(report.get("nodesCreated").asInt()).isEqualTo(2);
            assertThat(report.get("relationshipsCreated").asInt()).isEqualTo(2);
            assertThat(json(client.get("/api/v1/skills/kite-flying"))
                            .get("prerequisites")
                            .get(0)
                            .get("id")
                            .asText())
                    .isEqualTo("sql");
        });
    }

    @Test
    void shouldRefuseAnInvalidBundleWithPointersAndWriteNothing() {
        withDemo((app, client) -> {
            long before = nodes();
            var bundle = """
                    {"skills": [
                      {"id": "ok-skill", "name": "Fine"},
                      {"id": "bad-skill", "name": "Bad", "requires": [{"skill": "no-such-skill", "level": 2}]}
                    ]}
                    """;
            var response = client.post("/api/v1/import", bundle);

            assertThat(response.code()).isEqualTo(400);
            var problem = json(response);
            assertThat(problem.get("code").asText()).isEqualTo("invalid-bundle");
            assertThat(problem.get("errors").get(0).get("pointer").asText()).isEqualTo("/skills/1/requires/0/skill");
            assertThat(nodes()).isEqualTo(before);
        });
    }

    @Test
    void shouldRefuseMalformedJson() {
        withDemo((app, client) -> {
            var response = client.post("/api/v1/import", "{\"skills\": [");

            assertThat(response.code()).isEqualTo(400);
            assertThat(json(response).get("errors").get(0).get("message").asText())
                    .contains("not valid JSON");
        });
    }

    @Test
    void shouldRefuseABodyOverTheSizeLimitWith413() {
        withDemo((app, client) -> {
            var huge = "{\"skills\": [" + "{\"id\": \"x\", \"name\": \"" + "y".repeat(17 * 1024 * 1024) + "\"}]}";
            var response = client.post("/api/v1/import", huge);

            assertThat(response.code()).isEqualTo(413);
            assertThat(json(response).get("code").asText()).isEqualTo("payload-too-large");
        });
    }
}
