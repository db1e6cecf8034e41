package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.TestConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillgraph.api.app.Skillgraph;
import org.skillgraph.api.http.auth.SecuritySettings;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.seed.testing.Neo4jFixture;

/**
 * A write that waits for a lock another transaction holds until its query timeout passes is answered 503 with
 * {@code Retry-After}, like any other busy database, and writes nothing. The API runs with a two-second query
 * timeout so the wait is short.
 */
class LockWaitApiIT {

    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(2);

    private static Skillgraph skillgraph;

    @BeforeAll
    static void start() {
        var neo4j = Neo4jFixture.get();
        neo4j.useDemo();
        // The shared API applies the schema with the usual timeout, so this one's start only finds it there.
        ApiFixture.skillgraph();
        var settings = new Neo4jSettings(neo4j.boltUri(), null, null, null, QUERY_TIMEOUT);
        skillgraph = Skillgraph.over(
                GraphClient.wrap(neo4j.driver(), settings).separateChain(),
                Clock.fixed(ApiFixture.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        skillgraph.close();
    }

    @Test
    void shouldAnswerACurriculumWriteBlockedOnTheMetaLockWithRetryLater() {
        whileLocked(
                "MATCH (m:Meta {id: 'meta'}) SET m._lock = true",
                "/api/v1/skills",
                "{\"id\": \"s-lock-probe\", \"name\": \"Lock probe\"}");

        assertThat(Neo4jFixture.get().query("MATCH (s:Skill {id: 's-lock-probe'}) RETURN count(s)", Map.of()))
                .containsExactly(0L);
    }

    @Test
    void shouldAnswerEvidenceBlockedOnThePersonLockWithRetryLater() {
        var before = evidenceOf("p-042");

        whileLocked(
                "MATCH (p:Person {id: 'p-042'}) SET p._lock = true",
                "/api/v1/people/p-042/evidence",
                "{\"skill\": \"sql\", \"source\": \"manager\", \"level\": 4, \"at\": \"2026-11-20\"}");

        assertThat(evidenceOf("p-042")).isEqualTo(before);
    }

    private static void whileLocked(String lock, String path, String body) {
        var neo4j = Neo4jFixture.get();
        neo4j.useDemo();
        var admin = skillgraph
                .services()
                .security()
                .tokens()
                .issue(AccessRole.ADMIN, null, "lock wait")
                .secret();
        var server = ApiServer.create(
                skillgraph.services(), ServerSettings.loopback(0), new SecuritySettings(0, 0), Clock.systemUTC());
        try (var session = neo4j.driver().session(neo4j.sessionConfig());
                var holder = session.beginTransaction()) {
            holder.run(lock).consume();
            var config = new TestConfig(
                    true, true, java.net.http.HttpClient.newHttpClient(), Map.of("Authorization", "Bearer " + admin));
            JavalinTest.test(server.javalin(), config, (app, client) -> {
                long start = System.nanoTime();
                var response = client.post(path, body);
                var waited = Duration.ofNanos(System.nanoTime() - start);

                assertThat(response.code()).as(() -> response.body().string()).isEqualTo(503);
                assertThat(response.headers().get("Retry-After")).containsExactly(Problems.RETRY_AFTER_SECONDS);
                assertThat(response.headers().get("Content-Type").get(0)).startsWith(Problem.MEDIA_TYPE);
                assertThat(ApiFixture.json(response).get("code").asText()).isEqualTo("graph-unavailable");
                // Held until the query timeout; no upper bound, as how much longer depends on the machine.
                assertThat(waited).isGreaterThanOrEqualTo(QUERY_TIMEOUT);
            });
            holder.rollback();
        }
    }

    private static Object evidenceOf(String person) {
        return Neo4jFixture.get()
                .query("MATCH (:Person {id: $id})-[:HAS_EVIDENCE]->(e) RETURN count(e)", Map.of("id", person))
                .get(0);
    }
}
