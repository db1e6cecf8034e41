package org.skillgraph.api.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two API nodes on one separate Neo4j ({@link Deployment}): what is written through the {@code bolt+s://}
 * node is read through the {@code neo4j+s://} node. On one server a committed write is visible to every later
 * transaction, so the only staleness left is what a node keeps in memory: learner states and the curriculum
 * version until its next poll of the change feed (200 ms), and its checked tokens (30 s). Each wait below is a bounded
 * poll that logs how long it took.
 */
@ExtendWith(SharedDeployment.class)
class TwoApiNodesIT {

    private static final Duration BOUND = Duration.ofSeconds(10);
    /** The token cache keeps a checked token 30 s after it was checked; a little more for a busy machine. */
    private static final Duration TOKEN_CACHE_BOUND = Duration.ofSeconds(40);

    private final ApiNode writer = SharedDeployment.get().bolt;
    private final ApiNode reader = SharedDeployment.get().routing;
    private final String learner = SharedDeployment.get().learnerId;

    @Test
    void shouldReadThroughOneNodeAPeopleWriteMadeThroughTheOtherAndRefuseAStaleIfMatch() throws InterruptedException {
        var person = "/api/v1/people/" + learner;
        var before = reader.get(person);
        var open = RemoteNeo4jIT.firstOpenGap(reader.get(person + "/gap").body());
        var skill = open.get("skillId").asText();

        var held = writer.put(
                person + "/skills/" + skill,
                "{\"level\": " + open.get("requiredLevel").asInt() + ", \"source\": \"assessment\"}",
                before.etag());
        assertThat(held.status()).as("%s", held.body()).isIn(200, 201);

        var seen = Poll.until(() -> reader.get(person), read -> held.etag().equals(read.etag()), BOUND)
                .report("people write through bolt+s read through neo4j+s");
        assertThat(seen.answer().status()).isEqualTo(200);
        // The reader kept the learner's state from its first gap: it answers the write after its next poll of the
        // change feed (200 ms by default; docs/scaling.md states the bound).
        var gapSeen = Poll.until(
                        () -> reader.get(person + "/gap"), read -> RemoteNeo4jIT.gapOf(read.body(), skill) == 0, BOUND)
                .report("held-skill write through bolt+s in the gap through neo4j+s (change feed)");
        assertThat(RemoteNeo4jIT.gapOf(gapSeen.answer().body(), skill)).isZero();
        var stale = reader.put(person + "/skills/" + skill, "{\"level\": 1, \"source\": \"self\"}", before.etag());
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.at("/code").asText()).isEqualTo("stale-write");
        assertThat(stale.at("/currentETag").asText()).isEqualTo(held.etag());
    }

    @Test
    void shouldRebuildTheOtherNodesCurriculumSnapshotAfterACurriculumWrite() throws InterruptedException {
        var gap = "/api/v1/people/" + learner + "/gap";
        long cached = reader.get(gap).at("/graphVersion").asLong();

        var created = writer.post("/api/v1/topics", "{\"id\": \"t-cross-node\", \"name\": \"Cross node\"}");
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        long written = writer.get(gap).at("/graphVersion").asLong();

        assertThat(written).isGreaterThan(cached);
        Poll.until(() -> reader.get(gap), read -> read.at("/graphVersion").asLong() == written, BOUND)
                .report("curriculum version " + written + " through neo4j+s (had " + cached + " cached)");
        assertThat(reader.get("/api/v1/topics/t-cross-node").at("/name").asText())
                .isEqualTo("Cross node");
    }

    @Test
    void shouldAcceptATokenIssuedThroughTheOtherNodeAndForgetItsRevocationWithinTheCacheTime()
            throws InterruptedException {
        var issued = writer.post(
                "/api/v1/tokens",
                "{\"role\": \"learner\", \"personId\": \"" + learner + "\", \"label\": \"cross-node\"}");
        assertThat(issued.status()).as("%s", issued.body()).isEqualTo(201);
        var secret = issued.at("/secret").asText();
        var asLearnerOnReader = reader.as(secret);

        Poll.until(() -> asLearnerOnReader.get("/api/v1/me"), me -> me.status() == 200, BOUND)
                .report("token issued through bolt+s accepted through neo4j+s");
        var revoked = writer.delete("/api/v1/tokens/" + issued.at("/token/id").asText());
        assertThat(revoked.status()).as("%s", revoked.body()).isEqualTo(200);
        assertThat(revoked.at("/revokedAt").isValueNode()
                        && !revoked.at("/revokedAt").isNull())
                .as("revoked: %s", revoked.body())
                .isTrue();

        assertThat(writer.as(secret).get("/api/v1/me").status())
                .as("the revoking node forgets the token at once")
                .isEqualTo(401);
        assertThat(asLearnerOnReader.get("/api/v1/me").status())
                .as("the other node still holds the token it checked moments ago")
                .isEqualTo(200);
        Poll.until(() -> asLearnerOnReader.get("/api/v1/me"), me -> me.status() == 401, TOKEN_CACHE_BOUND)
                .report("revocation through bolt+s enforced by neo4j+s");
    }
}
