package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillgraph.engine.access.AccessRole;

/**
 * Requests Jetty refuses before any route sees them (a malformed URI, a too long one, too large headers) are
 * answered like every other error: problem+json with a stable code and the security headers, and then the
 * connection is closed, as the answer says (Jetty used to drop some of them silently). What only looks odd is
 * routed as written and answered by the route layer, on a connection that stays usable.
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
    void shouldAnswerAUriJettyRefusesWithAProblemAndCloseAsAnnounced(String target) throws IOException {
        try (var http = new RawHttp(server.port())) {
            var answer = http.get(target);

            assertProblem(answer, 400, "bad-request");
            assertClosedAsAnnounced(http, answer);
        }
    }

    /**
     * With an admin token, so a path resolved into another route (here {@code /api/v1/tokens}, which lists
     * every token and answers that token 200) would answer 200 instead of the route layer's 404: dot segments
     * match no route, and an encoded slash or backslash stays inside the skill id, which names no skill.
     */
    @ParameterizedTest
    @CsvSource({
        "/api/v1/skills/../tokens,     404, no-such-route",
        "/api/v1/skills/%2e%2e/tokens, 404, no-such-route",
        "/api/v1/skills/a%2Fb,         404, not-found",
        "/api/v1/skills/a%5Cb,         404, not-found",
        "/api/v1/skills//sql,          404, no-such-route"
    })
    void shouldAnswerAnOddButReadableUriFromTheRouteLayerAndKeepTheConnection(String target, int status, String code)
            throws IOException {
        var admin = ApiFixture.token(AccessRole.ADMIN, null);
        try (var http = new RawHttp(server.port())) {
            var answer = http.get(target, "Authorization: Bearer " + admin);

            assertProblem(answer, status, code);
            assertStillUsable(http, answer);
            var tokens = http.get("/api/v1/tokens", "Authorization: Bearer " + admin);
            assertThat(tokens).as("the same token on the route itself").isNotNull();
            assertThat(tokens.status()).as(tokens::toString).isEqualTo(200);
        }
    }

    @Test
    void shouldAnswerAnUnreadableHeaderWith400() throws IOException {
        try (var http = new RawHttp(server.port())) {
            var answer = http.get("/health", "a header line without a colon");

            assertProblem(answer, 400, "bad-request");
            assertClosedAsAnnounced(http, answer);
        }
    }

    @Test
    void shouldAnswerAnOverlongUriWith414() throws IOException {
        try (var http = new RawHttp(server.port())) {
            var answer = http.get("/api/v1/skills?q=" + "a".repeat(9 * 1024));

            assertProblem(answer, 414, "uri-too-long");
            assertClosedAsAnnounced(http, answer);
        }
    }

    @Test
    void shouldAnswerOverlargeHeadersWith431() throws IOException {
        try (var http = new RawHttp(server.port())) {
            var answer = http.get("/health", "X-Padding: " + "a".repeat(9 * 1024));

            assertProblem(answer, 431, "headers-too-large");
            assertClosedAsAnnounced(http, answer);
        }
    }

    /** A refusal Jetty answers itself says it closes the connection, and does: no silent drop. */
    private static void assertClosedAsAnnounced(RawHttp http, RawHttp.Answer answer) throws IOException {
        assertThat(answer.closes()).as("Connection: close in " + answer).isTrue();
        assertThat(http.closedByServer()).as("the server closed the connection").isTrue();
    }

    private static void assertStillUsable(RawHttp http, RawHttp.Answer answer) throws IOException {
        assertThat(answer.closes()).as("Connection: close in " + answer).isFalse();
        var next = http.get("/health");
        assertThat(next).as("the next request on the same connection").isNotNull();
        assertThat(next.status()).isEqualTo(200);
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
