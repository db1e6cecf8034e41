package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.bearer;
import static org.skillgraph.api.http.ApiFixture.ok;
import static org.skillgraph.api.http.ApiFixture.withDemoAnonymous;

import org.junit.jupiter.api.Test;
import org.skillgraph.engine.access.AccessRole;

/** Deleting a person ends their tokens as erasure does: in the graph for every node, in this node's cache at once. */
class PersonDeletionTokensIT {

    private static final String ID = "p-deleted-token";

    @Test
    void shouldRevokeAPersonsTokensWhenThePersonIsDeletedSoTheyCannotReadWhoeverTakesTheIdNext() {
        withDemoAnonymous((app, client) -> {
            var admin = ApiFixture.token(AccessRole.ADMIN, null);
            var first = "{\"id\": \"" + ID + "\", \"name\": \"Dana Departed\"}";
            assertThat(client.post("/api/v1/people", first, bearer(admin)).code())
                    .isEqualTo(201);
            var learner = ApiFixture.issued(AccessRole.LEARNER, ID);
            // Used once, so this node has the token cached: the delete must drop it, not wait for the cache to expire.
            assertThat(client.get("/api/v1/people/" + ID + "/export", bearer(learner.secret()))
                            .code())
                    .isEqualTo(200);

            assertThat(client.delete("/api/v1/people/" + ID + "?force=true", null, bearer(admin))
                            .code())
                    .isEqualTo(204);
            var second = "{\"id\": \"" + ID + "\", \"name\": \"Nora Newcomer\"}";
            assertThat(client.post("/api/v1/people", second, bearer(admin)).code())
                    .isEqualTo(201);

            assertThat(client.get("/api/v1/people/" + ID + "/export", bearer(learner.secret()))
                            .code())
                    .isEqualTo(401);
            var stored = ApiFixture.skillgraph().services().security().tokens().list().stream()
                    .filter(t -> t.id().equals(learner.token().id()))
                    .findFirst()
                    .orElseThrow();
            assertThat(stored.revoked())
                    .as("revoked in the graph, so other API nodes refuse it too")
                    .isTrue();
            assertThat(ok(client.get("/api/v1/people/" + ID, bearer(admin)))
                            .get("name")
                            .asText())
                    .isEqualTo("Nora Newcomer");
            assertThat(client.delete("/api/v1/people/" + ID, null, bearer(admin))
                            .code())
                    .isEqualTo(204);
        });
    }

    @Test
    void shouldDeleteThePersonsXapiStatementsSoWhoeverTakesTheIdNextDoesNotInheritThem() {
        withDemoAnonymous((app, client) -> {
            var admin = bearer(ApiFixture.token(AccessRole.ADMIN, null));
            var person = "{\"id\": \"" + ID + "\", \"name\": \"Dana Departed\"}";
            assertThat(client.post("/api/v1/people", person, admin).code()).isEqualTo(201);
            assertThat(client.put(
                                    "/api/v1/people/" + ID + "/external-ids",
                                    "{\"externalIds\": [\"mailto:dana@example.org\"]}",
                                    admin)
                            .code())
                    .isEqualTo(200);
            var statement = "{\"actor\": {\"mbox\": \"mailto:dana@example.org\"},"
                    + " \"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/completed\"},"
                    + " \"object\": {\"id\": \"https://lms.example.org/courses/unmapped\"}}";
            assertThat(XapiClient.connector(client).post(statement).code()).isEqualTo(200);
            assertThat(statementsOfDana())
                    .as("stored, waiting for its activity")
                    .isEqualTo(1L);

            assertThat(client.delete("/api/v1/people/" + ID + "?force=true", null, admin)
                            .code())
                    .isEqualTo(204);

            assertThat(statementsOfDana()).isZero();
        });
    }

    private static long statementsOfDana() {
        return (Long) org.skillgraph.seed.testing.Neo4jFixture.get()
                .query(
                        "MATCH (x:XapiStatement) WHERE x.personId = $id OR x.actorKey = $key RETURN count(x)",
                        java.util.Map.of("id", ID, "key", "mailto:dana@example.org"))
                .get(0);
    }
}
