package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.XapiClient.fixture;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.seed.testing.Neo4jFixture;

/**
 * A client nobody here wrote, the published {@code @xapi/xapi} library on node (pinned by the committed
 * {@code package-lock.json}), sends statements to the running server and reads them back. Skipped when node is
 * absent, unless {@code SKILLGRAPH_REQUIRE_NODE} is set, as CI does after installing it.
 */
class XapiClientLibraryIT {

    private static final Path CLIENT = Path.of("src/test/node/xapi-client");

    @Test
    void shouldTakeStatementsFromThePublishedXapiClientLibrary() throws Exception {
        var node = nodeAvailable();
        if (System.getenv("SKILLGRAPH_REQUIRE_NODE") == null) {
            Assumptions.assumeTrue(node, "node and npm are not installed: the xAPI client library check is skipped");
        }
        assertThat(node).as("node and npm on the PATH").isTrue();
        if (!Files.isDirectory(CLIENT.resolve("node_modules/@xapi/xapi"))) {
            assertThat(run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300))
                    .contains("added");
        }
        var statements = Files.createTempFile("xapi-statements", ".json");
        Files.writeString(
                statements,
                "[" + fixture("cmi5-passed-statement.json") + "," + fixture("cmi5-failed-statement.json") + ","
                        + fixture("adl-simple-statement.json") + "]");

        ApiFixture.withDemoAnonymous((app, client) -> {
            var connector = ApiFixture.issued(AccessRole.CONNECTOR, null);
            XapiStatementsApiIT.mapCmi5Samples(client);
            var output = run(
                    List.of(
                            "node",
                            "send-statements.mjs",
                            "http://127.0.0.1:" + app.port() + "/xapi/",
                            connector.token().id(),
                            connector.secret(),
                            statements.toAbsolutePath().toString()),
                    120);
            JsonNode answer =
                    ApiFixture.JSON.readTree(output.lines().reduce((a, b) -> b).orElseThrow());

            assertThat(answer.at("/about/version/0").asText()).isEqualTo("1.0.3");
            assertThat(answer.at("/sent/0").asText()).isEqualTo(XapiStatementsApiIT.PASSED);
            assertThat(answer.get("sentMany"))
                    .extracting(JsonNode::asText)
                    .containsExactly(XapiStatementsApiIT.FAILED, "fd41c918-b88b-4b20-a0a5-a4c32391aaa0");
            assertThat(answer.at("/readBack/result/score/raw").asInt()).isEqualTo(91);
            assertThat(answer.get("refusedStatus").asInt()).isEqualTo(400);
            assertThat(Neo4jFixture.get()
                            .query(
                                    "MATCH (:Person {id: 'p-042'})-[c:COMPLETED]->(:Module {id: 'm-security-champions'})"
                                            + " RETURN count(c)",
                                    Map.of()))
                    .containsExactly(1L);
        });
        Files.delete(statements);
    }

    /** Runs a command in the client folder and returns its output; fails on a non-zero exit or a timeout. */
    private static String run(List<String> command, int seconds) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command)
                .directory(CLIENT.toFile())
                .redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(seconds, TimeUnit.SECONDS))
                .as("finished in time")
                .isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static boolean nodeAvailable() {
        try {
            return new ProcessBuilder("node", "--version").start().waitFor() == 0
                    && new ProcessBuilder("npm", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
