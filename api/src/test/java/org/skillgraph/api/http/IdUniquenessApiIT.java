package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.withDemo;
import static org.skillgraph.api.http.EditingAssertions.pointers;
import static org.skillgraph.api.http.EditingAssertions.problem;

import io.javalin.testtools.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.skillgraph.seed.testing.Neo4jFixture;

/** Ids are unique across all kinds: the editors and the bundle import refuse an id another kind holds. */
class IdUniquenessApiIT {

    private static long nodesWithId(String id) {
        return (Long) Neo4jFixture.get()
                .query("MATCH (n {id: $id}) RETURN count(n)", Map.of("id", id))
                .get(0);
    }

    @Test
    void shouldRefuseATopicWhoseIdASkillHolds() {
        withDemo((app, client) -> {
            var refused =
                    problem(client.post("/api/v1/topics", "{\"id\": \"sql\", \"name\": \"SQL\"}"), 409, "id-taken");

            assertThat(refused.get("kind").asText()).isEqualTo("skill");
            assertThat(refused.get("id").asText()).isEqualTo("sql");
            assertThat(refused.get("detail").asText()).contains("already taken by a skill");
            assertThat(nodesWithId("sql")).isEqualTo(1);
        });
    }

    @Test
    void shouldRefuseASkillWhoseIdAPersonHoldsAndARoleWhoseIdAModuleHolds() {
        withDemo((app, client) -> {
            var skill = problem(client.post("/api/v1/skills", "{\"id\": \"p-042\", \"name\": \"P\"}"), 409, "id-taken");
            var role = problem(
                    client.post("/api/v1/roles", "{\"id\": \"m-query-tuning\", \"title\": \"Tuner\"}"),
                    409,
                    "id-taken");

            assertThat(skill.get("kind").asText()).isEqualTo("person");
            assertThat(role.get("kind").asText()).isEqualTo("module");
            assertThat(nodesWithId("p-042")).isEqualTo(1);
            assertThat(nodesWithId("m-query-tuning")).isEqualTo(1);
        });
    }

    @Test
    void shouldReportATakenIdWithTheBundlesOtherProblemsAndWriteNothing() {
        withDemo((app, client) -> {
            var bundle = """
                    {"topics": [{"id": "kites", "name": "Kites"}],
                     "skills": [{"id": "kites", "name": "Kites"},
                                {"id": "kite-flying", "name": "Kite flying", "requires": [{"skill": "nowhere", "level": 1}]}],
                     "roles": [{"id": "m-query-tuning", "title": "Tuner"}]}
                    """;
            long before = Neo4jFixture.get().modelNodeCount();

            var refused = problem(client.post("/api/v1/import", bundle), 400, "invalid-bundle");

            assertThat(pointers(refused))
                    .containsExactlyInAnyOrder("/skills/0/id", "/roles/0/id", "/skills/1/requires/0/skill");
            assertThat(refused.toString())
                    .contains("already the id of a topic at /topics/0/id")
                    .contains("already taken by a module in the graph");
            assertThat(Neo4jFixture.get().modelNodeCount()).isEqualTo(before);
            assertThat(nodesWithId("kites")).isZero();
        });
    }

    @Test
    void shouldLetOnlyOneOfTwoConcurrentCreatesOfOneIdAsDifferentKindsSucceed() {
        withDemo((app, client) -> {
            List<List<Integer>> outcomes = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                var id = "race-" + round;
                var start = new CountDownLatch(1);
                CompletableFuture<Response> skill = CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return client.post("/api/v1/skills", "{\"id\": \"" + id + "\", \"name\": \"Race\"}");
                });
                CompletableFuture<Response> topic = CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return client.post("/api/v1/topics", "{\"id\": \"" + id + "\", \"name\": \"Race\"}");
                });
                start.countDown();
                var codes = new ArrayList<>(
                        List.of(skill.join().code(), topic.join().code()));
                codes.sort(null);
                outcomes.add(codes);
                assertThat(nodesWithId(id)).as("nodes holding %s", id).isEqualTo(1);
            }

            assertThat(outcomes).allSatisfy(codes -> assertThat(codes).containsExactly(201, 409));
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
