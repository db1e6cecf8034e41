package org.skillgraph.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import io.javalin.testtools.TestCase;
import io.javalin.testtools.TestConfig;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.skillgraph.api.app.Skillgraph;
import org.skillgraph.api.http.auth.SecuritySettings;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.seed.testing.Neo4jFixture;

/**
 * The API wired as in production over the shared test Neo4j; each test gets a fresh Javalin on a free
 * port (JavalinTest) over the demo organisation.
 */
final class ApiFixture {

    static final ObjectMapper JSON = Json.mapper();

    /** "Today" for the API under test: the demo organisation's evidence runs up to late November 2026. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static final class Holder {
        static final Skillgraph SKILLGRAPH = shared();

        private static Skillgraph shared() {
            var skillgraph = Skillgraph.over(
                    GraphClient.wrap(
                            Neo4jFixture.get().driver(),
                            Neo4jSettings.unauthenticated(Neo4jFixture.get().boltUri())),
                    Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
            // Its snapshot cache is keyed by graph version, which repeats after a reset: drop it on every reset.
            Neo4jFixture.get().onReset(skillgraph.services().afterWrite());
            return skillgraph;
        }
    }

    private ApiFixture() {}

    static Skillgraph skillgraph() {
        return Holder.SKILLGRAPH;
    }

    /** Runs {@code test} against a server over the demo organisation; every request carries an admin token. */
    static void withDemo(TestCase test) {
        Neo4jFixture.get().useDemo();
        var admin = token(AccessRole.ADMIN, null);
        JavalinTest.test(server().javalin(), config(Map.of("Authorization", "Bearer " + admin)), test);
    }

    /** As {@link #withDemo} but requests carry no token unless the test adds one (see {@link #bearer}). */
    static void withDemoAnonymous(TestCase test) {
        Neo4jFixture.get().useDemo();
        JavalinTest.test(server().javalin(), config(Map.of()), test);
    }

    /** Issues a token of {@code role} (bound to {@code personId} for a learner) and returns its secret. */
    static String token(AccessRole role, String personId) {
        return skillgraph()
                .services()
                .security()
                .tokens()
                .issue(role, personId, "test " + role.wireName())
                .secret();
    }

    /** Issues a token and returns it with its secret, for tests that need the token's id too. */
    static org.skillgraph.engine.access.IssuedToken issued(AccessRole role, String personId) {
        return skillgraph().services().security().tokens().issue(role, personId, "test " + role.wireName());
    }

    /** Waits until every audit event recorded so far is in the graph. */
    static void flushAudit() {
        org.assertj.core.api.Assertions.assertThat(
                        skillgraph().services().security().audit().flush())
                .as("audit events written")
                .isTrue();
    }

    /** Adds {@code Authorization: Bearer secret} to one request. */
    static java.util.function.Consumer<io.javalin.testtools.Request.Builder> bearer(String secret) {
        return request -> request.header("Authorization", "Bearer " + secret);
    }

    /** A server over the shared test graph, with the fixed clock and no rate limit. */
    static ApiServer server() {
        return server(new SecuritySettings(0, 0));
    }

    static ApiServer server(SecuritySettings security) {
        return ApiServer.create(
                skillgraph().services(),
                ServerSettings.loopback(0),
                security,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    private static TestConfig config(Map<String, String> headers) {
        return new TestConfig(true, true, java.net.http.HttpClient.newHttpClient(), headers);
    }

    /** The body of a 200 answer; any other status fails with the body as the message. */
    static JsonNode ok(Response response) {
        org.assertj.core.api.Assertions.assertThat(response.code())
                .as(() -> response.body().string())
                .isEqualTo(200);
        return json(response);
    }

    static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.body().string());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A problem answer as "status code" ({@code "409 pair-not-active"}), after checking it is problem+json. */
    static String code(Response response) {
        var body = json(response);
        org.assertj.core.api.Assertions.assertThat(
                        response.headers().get("Content-Type").get(0))
                .startsWith(Problem.MEDIA_TYPE);
        return response.code() + " " + body.get("code").asText();
    }

    /** The JSON pointers a problem's {@code errors} name, in order. */
    static java.util.List<String> pointers(JsonNode problem) {
        var pointers = new java.util.ArrayList<String>();
        problem.get("errors").forEach(e -> pointers.add(e.get("pointer").asText()));
        return pointers;
    }
}
