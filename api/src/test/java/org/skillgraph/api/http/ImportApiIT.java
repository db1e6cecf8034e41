package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.json;
import static org.skillgraph.api.http.ApiFixture.ok;
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

    @Test
    void shouldAnswerEveryKindOfProblemInOneResponse() {
        withDemo((app, client) -> {
            var before = Neo4jFixture.get().fingerprint();
            var bundle = """
                    {"skils": [],
                     "skills": [
                       {"id": "kite-a", "name": "A", "requires": [{"skill": "kite-b", "level": 1}], "related": ["ghost"]},
                       {"id": "kite-b", "name": "B", "requires": [{"skill": "kite-a", "level": 1}]},
                       {"id": "sql", "name": "SQL"},
                       {"id": "sql", "name": "SQL again"},
                       {"id": "kite-c", "name": "C", "kind": "skil"}],
                     "people": [{"id": "p-900", "name": "New", "holds": [{"skill": "sql", "level": 2, "source": "self", "at": "2026-13-01"}]}]}
                    """;

            var response = client.post("/api/v1/import", bundle);

            assertThat(response.code()).isEqualTo(400);
            var problem = json(response);
            assertThat(problem.get("code").asText()).isEqualTo("invalid-bundle");
            assertThat(problem.get("errors").findValuesAsText("pointer"))
                    .containsExactly(
                            "/people/0/holds/0/at",
                            "/skills/0/related/0",
                            "/skills/0/requires/0",
                            "/skills/3/id",
                            "/skills/4/kind",
                            "/skils");
            assertThat(problem.get("errors").findValuesAsText("message"))
                    .containsExactly(
                            "\"2026-13-01\" is not a date: write YYYY-MM-DD, e.g. 2026-03-10",
                            "unknown skill 'ghost': not in the bundle nor in the graph",
                            "prerequisite cycle: kite-a -> kite-b -> kite-a",
                            "duplicate id 'sql': already used by /skills/2",
                            "\"skil\" is not one of skill, knowledge, competence; did you mean 'skill'?",
                            "unknown field 'skils'; did you mean 'skills'?");
            assertThat(Neo4jFixture.get().fingerprint()).isEqualTo(before);
        });
    }

    @Test
    void shouldReportWhatADryRunWouldChangeAndWriteNothing() {
        withDemo((app, client) -> {
            var before = Neo4jFixture.get().fingerprint();
            var bundle = """
                    {"skills": [{"id": "kite-flying", "name": "Kite flying"}, {"id": "sql", "name": "SQL, renamed"},
                                {"id": "spreadsheets", "name": "Spreadsheets", "kind": "skill",
                                 "topics": ["t-data"]}]}
                    """;

            var report = ok(client.post("/api/v1/import?dryRun=true", bundle));

            assertThat(report.get("dryRun").asBoolean()).isTrue();
            assertThat(report.get("version").asLong()).isEqualTo(before.version());
            assertThat(report.at("/changes/skills/created").asInt()).isEqualTo(1);
            assertThat(report.at("/changes/skills/updated").asInt()).isEqualTo(2);
            assertThat(report.at("/changes/topics/created").asInt()).isZero();
            assertThat(Neo4jFixture.get().fingerprint()).isEqualTo(before);
            assertThat(client.get("/api/v1/skills/kite-flying").code()).isEqualTo(404);
        });
    }

    @Test
    void shouldRefuseADryRunFlagThatIsNotABoolean() {
        withDemo((app, client) -> {
            var response = client.post("/api/v1/import?dryRun=maybe", "{}");

            assertThat(response.code()).isEqualTo(400);
            assertThat(json(response).get("errors").get(0).get("pointer").asText())
                    .isEqualTo("query:dryRun");
        });
    }
}
