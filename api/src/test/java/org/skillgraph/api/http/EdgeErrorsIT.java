package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests Jetty refuses before any route sees them (a malformed URI, a too long one, too large headers) are
 * answered like every other error: problem+json with a stable code and the security headers, and a connection
 * that stays usable unless the answer says it closes.
 */
class EdgeErrorsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ApiServer server;

    @BeforeAll
    static void start() {
        server = ApiFixture.server().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/skills/%00",
                "/api/v1/skills/%C3%28",
                "/api/v1/skills/%FF",
                "/../../etc/passwd",
                "/api/../../etc/passwd"
            })
    void shouldAnswerAUriJettyRefusesWithAProblemAndKeepTheConnectionUsable(String target) throws IOException {
        try (var http = new RawHttp(server.port())) {
            var answer = http.get(target);

            assertProblem(answer, 400, "bad-request");
            assertUsableUnlessClosed(http, answer);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/skills/../tokens",
                "/api/v1/skills/%2e%2e/tokens",
                "/api/v1/skills/a%2Fb",
                "/api/v1/skills/a%5Cb",
                "/api/v1/skills//sql"
            })
    void shouldAnswerAnOddButReadableUriWithAProblemOfTheRouteLayer(String target) throws IOException {
        try (var http = new RawHttp(server.port())) {
            var answer = http.get(target);

            assertThat(answer).as("an answer").isNotNull();
            assertProblem(answer, answer.status(), problemCode(answer));
            assertThat(answer.status()).as(answer::toString).isIn(401, 404);
            assertUsableUnlessClosed(http, answer);
        }
    }

    @Test
    void shouldAnswerAnUnreadableHeaderWith400() throws IOException {
        try (var http = new RawHttp(server.port())) {
            assertProblem(http.get("/health", "a header line without a colon"), 400, "bad-request");
        }
    }

    @Test
    void shouldAnswerAnOverlongUriWith414() throws IOException {
        try (var http = new RawHttp(server.port())) {
            assertProblem(http.get("/api/v1/skills?q=" + "a".repeat(9 * 1024)), 414, "uri-too-long");
        }
    }

    @Test
    void shouldAnswerOverlargeHeadersWith431() throws IOException {
        try (var http = new RawHttp(server.port())) {
            assertProblem(http.get("/health", "X-Padding: " + "a".repeat(9 * 1024)), 431, "headers-too-large");
        }
    }

    private static void assertUsableUnlessClosed(RawHttp http, RawHttp.Answer answer) throws IOException {
        if (!answer.closes()) {
            var next = http.get("/health");
            assertThat(next).as("the next request on the same connection").isNotNull();
            assertThat(next.status()).isEqualTo(200);
        }
    }

    private static String problemCode(RawHttp.Answer answer) throws IOException {
        return JSON.readTree(answer.body()).path("code").asText();
    }

    private static void assertProblem(RawHttp.Answer answer, int status, String code) throws IOException {
        assertThat(answer).as("an answer before the connection closed").isNotNull();
        assertThat(answer.status()).as(answer::toString).isEqualTo(status);
        assertThat(answer.headers())
                .as(answer::toString)
                .hasEntrySatisfying("content-type", type -> assertThat(type).startsWith("application/problem+json"))
                .containsEntry("x-content-type-options", "nosniff")
                .containsEntry("x-frame-options", "DENY")
                .containsEntry("referrer-policy", "no-referrer")
                .containsEntry("cache-control", "no-store")
                .containsKey("content-security-policy");
        var problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("type").asText()).isEqualTo("https://skillgraph.org/problems/" + code);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(answer.body()).doesNotContain("<html").doesNotContain("%00");
    }
}
