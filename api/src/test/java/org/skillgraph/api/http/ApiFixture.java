package org.skillgraph.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import io.javalin.testtools.TestCase;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.skillgraph.api.app.Skillgraph;
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
        static final Skillgraph SKILLGRAPH = Skillgraph.over(
                GraphClient.wrap(
                        Neo4jFixture.get().driver(),
                        Neo4jSettings.unauthenticated(Neo4jFixture.get().boltUri())),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    private ApiFixture() {}

    static Skillgraph skillgraph() {
        return Holder.SKILLGRAPH;
    }

    /** Runs {@code test} against a server over the demo organisation. */
    static void withDemo(TestCase test) {
        Neo4jFixture.get().useDemo();
        var server = ApiServer.create(skillgraph().services(), ServerSettings.loopback(0));
        JavalinTest.test(server.javalin(), test);
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
}
