package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.bearer;
import static org.skillgraph.api.http.ApiFixture.ok;
import static org.skillgraph.api.http.ApiFixture.withDemoAnonymous;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.seed.testing.Neo4jFixture;

/** The audit trail, export and erasure of one person's data, and what learners see of other people. */
class PrivacyApiIT {

    private static final String SELF = AccessMatrix.SELF;

    @Test
    void shouldAuditAReadOfSomeoneElsesDataButNotALearnersReadOfTheirOwn() {
        Neo4jFixture.get().useDemo();
        var coordinator = ApiFixture.issued(AccessRole.COORDINATOR, null);
        var learner = ApiFixture.issued(AccessRole.LEARNER, SELF);
        var admin = ApiFixture.token(AccessRole.ADMIN, null);
        withDemoAnonymous((app, client) -> {
            assertThat(client.get("/api/v1/people/" + SELF + "/gap", bearer(coordinator.secret()))
                            .code())
                    .isEqualTo(200);
            assertThat(client.get("/api/v1/people/" + SELF + "/gap", bearer(learner.secret()))
                            .code())
                    .isEqualTo(200);
            ApiFixture.flushAudit();

            var byCoordinator = ok(
                    client.get("/api/v1/audit?actor=" + coordinator.token().id() + "&subject=" + SELF, bearer(admin)));
            var byLearner =
                    ok(client.get("/api/v1/audit?actor=" + learner.token().id(), bearer(admin)));

            assertThat(byCoordinator.get("items")).hasSize(1);
            var event = byCoordinator.get("items").get(0);
            assertThat(event.get("route").asText()).isEqualTo("GET /api/v1/people/{id}/gap");
            assertThat(event.get("action").asText()).isEqualTo("read");
            assertThat(event.get("actorRole").asText()).isEqualTo("coordinator");
            assertThat(event.get("status").asInt()).isEqualTo(200);
            assertThat(byLearner.get("items")).isEmpty();
        });
    }

    @Test
    void shouldAuditRefusedAttemptsAndWritesWithoutEverStoringASecret() {
        Neo4jFixture.get().useDemo();
        var learner = ApiFixture.issued(AccessRole.LEARNER, SELF);
        var admin = ApiFixture.issued(AccessRole.ADMIN, null);
        withDemoAnonymous((app, client) -> {
            assertThat(client.get("/api/v1/people/p-042/route", bearer(learner.secret()))
                            .code())
                    .isEqualTo(403);
            var created =
                    ApiFixture.json(client.post("/api/v1/tokens", "{\"role\": \"reader\"}", bearer(admin.secret())));
            var newSecret = created.get("secret").asText();
            ApiFixture.flushAudit();

            var refused = ok(client.get("/api/v1/audit?actor=" + learner.token().id(), bearer(admin.secret())));
            var trail = client.get("/api/v1/audit?actor=" + admin.token().id(), bearer(admin.secret()))
                    .body()
                    .string();

            assertThat(refused.get("items").get(0).get("status").asInt()).isEqualTo(403);
            assertThat(refused.get("items").get(0).get("subjects").get(0).asText())
                    .isEqualTo("p-042");
            assertThat(trail)
                    .contains("POST /api/v1/tokens")
                    .contains(created.get("token").get("id").asText())
                    .doesNotContain(newSecret)
                    .doesNotContain(admin.secret());
        });
    }

    @Test
    void shouldPageTheAuditTrailNewestFirst() {
        Neo4jFixture.get().useDemo();
        var coordinator = ApiFixture.issued(AccessRole.COORDINATOR, null);
        var admin = ApiFixture.token(AccessRole.ADMIN, null);
        withDemoAnonymous((app, client) -> {
            for (var person : new String[] {"p-001", "p-002", "p-003"}) {
                client.get("/api/v1/people/" + person, bearer(coordinator.secret()));
            }
            ApiFixture.flushAudit();
            var query = "/api/v1/audit?limit=2&actor=" + coordinator.token().id();

            var first = ok(client.get(query, bearer(admin)));
            var second =
                    ok(client.get(query + "&cursor=" + first.get("nextCursor").asText(), bearer(admin)));

            assertThat(first.get("items")).hasSize(2);
            assertThat(second.get("items")).hasSize(1);
            assertThat(second.get("nextCursor").isNull()).isTrue();
            assertThat(client.get("/api/v1/audit?since=yesterday", bearer(admin))
                            .code())
                    .isEqualTo(400);
        });
    }

    @Test
    void shouldExportEverythingTheGraphHoldsAboutALearnerToThemselves() {
        var learner = ApiFixture.token(AccessRole.LEARNER, SELF);
        withDemoAnonymous((app, client) -> {
            var export = ok(client.get("/api/v1/people/" + SELF + "/export", bearer(learner)));

            assertThat(export.get("person").get("id").asText()).isEqualTo(SELF);
            assertThat(export.get("person").get("name").asText()).isNotBlank();
            assertThat(export.get("relationships").findValuesAsText("type"))
                    .contains("IN_ROLE", "TARGETS", "REPORTS_TO");
            long holds = (Long) Neo4jFixture.get()
                    .query("MATCH (:Person {id: $id})-[h:HOLDS]->() RETURN count(h)", Map.of("id", SELF))
                    .get(0);
            assertThat(export.get("relationships").findValuesAsText("type").stream()
                            .filter("HOLDS"::equals)
                            .count())
                    .isEqualTo(holds);
        });
    }

    @Test
    void shouldExportAndEraseAPersonsRoleHistory() {
        withDemoAnonymous((app, client) -> {
            var admin = ApiFixture.token(AccessRole.ADMIN, null);
            var id = (String) Neo4jFixture.get()
                    .query(
                            "MATCH (p:Person)-[:HELD_ROLE]->() WITH p, count(*) AS n WHERE n >= 2"
                                    + " RETURN p.id ORDER BY p.id LIMIT 1",
                            Map.of())
                    .get(0);
            long stints = (Long) Neo4jFixture.get()
                    .query("MATCH (:Person {id: $id})-[h:HELD_ROLE]->() RETURN count(h)", Map.of("id", id))
                    .get(0);

            var export = ok(client.get("/api/v1/people/" + id + "/export", bearer(admin)));
            ok(client.post("/api/v1/people/" + id + "/erasure", "", bearer(admin)));

            assertThat(export.get("relationships").findValuesAsText("type").stream()
                            .filter("HELD_ROLE"::equals)
                            .count())
                    .isEqualTo(stints)
                    .isGreaterThanOrEqualTo(2);
            assertThat(Neo4jFixture.get()
                            .query("MATCH (p:Person {id: $id}) RETURN count(p)", Map.of("id", id))
                            .get(0))
                    .isEqualTo(0L);
        });
    }

    @Test
    void shouldEraseAPersonWithEveryRelationshipAndRecordOnlyThatItHappened() {
        withDemoAnonymous((app, client) -> {
            // Inside the server's test: the demo is loaded, so this person and these tokens stay until the end.
            Neo4jFixture.get()
                    .query(
                            "MATCH (s:Skill {id: 'sql'}), (m:Person {id: 'p-042'}) CREATE (p:Person {id: 'p-erase-me',"
                                    + " name: 'Erin Erasable'})-[:HOLDS {level: 2, source: 'self', at: date()}]->(s),"
                                    + " (p)-[:REPORTS_TO]->(m) RETURN p.id",
                            Map.of());
            var learner = ApiFixture.token(AccessRole.LEARNER, "p-erase-me");
            var admin = ApiFixture.token(AccessRole.ADMIN, null);
            // Used once, so this node has the token cached: the erasure must drop it, not wait for expiry.
            assertThat(client.get("/api/v1/me", bearer(learner)).code()).isEqualTo(200);
            // An audited read just before: its event may still wait in the queue when the erasure runs.
            assertThat(client.get("/api/v1/people/p-erase-me", bearer(admin)).code())
                    .isEqualTo(200);

            var erased = ok(client.post("/api/v1/people/p-erase-me/erasure", "", bearer(admin)));
            ApiFixture.flushAudit();
            var pseudonym = erased.get("pseudonym").asText();
            // Before any later request names the id again (a read of an erased id is audited like any other).
            assertThat(ok(client.get("/api/v1/audit?subject=p-erase-me", bearer(admin)))
                            .get("items"))
                    .isEmpty();

            assertThat(erased.get("erased").get("relationships").asInt()).isEqualTo(2);
            assertThat(erased.get("erased").get("tokensRevoked").asInt()).isEqualTo(1);
            assertThat(client.get("/api/v1/people/p-erase-me", bearer(admin)).code())
                    .isEqualTo(404);
            assertThat(client.get("/api/v1/me", bearer(learner)).code()).isEqualTo(401);
            var trail = client.get("/api/v1/audit?subject=" + pseudonym, bearer(admin))
                    .body()
                    .string();
            assertThat(pseudonym).startsWith("erased-").doesNotContain("p-erase-me");
            assertThat(trail)
                    .contains("POST /api/v1/people/{id}/erasure")
                    .contains("GET /api/v1/people/{id}")
                    .doesNotContain("p-erase-me")
                    .doesNotContain("Erin");
            assertThat(Neo4jFixture.get()
                            .query(
                                    "MATCH (t:ApiToken) WHERE t.personId IN ['p-erase-me', $pseudonym]"
                                            + " RETURN collect(t.personId)",
                                    Map.of("pseudonym", pseudonym))
                            .get(0))
                    .as("the revoked token row names the pseudonym only")
                    .isEqualTo(java.util.List.of(pseudonym));
            assertThat(client.post("/api/v1/people/p-erase-me/erasure", "", bearer(admin))
                            .code())
                    .isEqualTo(404);
        });
    }

    @Test
    void shouldShowALearnerTheirCoachesAndManagerByNameOnly() {
        var learner = ApiFixture.token(AccessRole.LEARNER, SELF);
        withDemoAnonymous((app, client) -> {
            var coaches = ok(client.get("/api/v1/people/" + SELF + "/coaches?k=10", bearer(learner)));
            var person = ok(client.get("/api/v1/people/" + SELF, bearer(learner)));

            assertThat(coaches.get("candidates")).isNotEmpty();
            for (var candidate : coaches.get("candidates")) {
                assertThat(candidate.get("coach").has("id")).isFalse();
                assertThat(candidate.get("coach").get("name").asText()).isNotBlank();
            }
            assertThat(person.get("manager").has("id")).isFalse();
            assertThat(person.get("manager").get("name").asText()).isNotBlank();
        });
    }

    @Test
    void shouldShowACoachedLearnerTheirPairsWithoutIdsOrLevels() {
        Neo4jFixture.get().useDemo();
        var coached = (String) Neo4jFixture.get()
                .query(
                        "MATCH (:Person)-[r:COACHES]->(l:Person) WHERE r.endedAt IS NULL RETURN l.id ORDER BY l.id LIMIT 1",
                        Map.of())
                .get(0);
        var learner = ApiFixture.token(AccessRole.LEARNER, coached);
        withDemoAnonymous((app, client) -> {
            var pairs = ok(client.get("/api/v1/me/coaching", bearer(learner)));

            assertThat(pairs.get("items")).isNotEmpty();
            var pair = pairs.get("items").get(0);
            assertThat(pair.get("direction").asText()).isEqualTo("coached-by");
            assertThat(pair.get("name").asText()).isNotBlank();
            assertThat(pair.has("id")).isFalse();
            assertThat(pair.has("level")).isFalse();
        });
    }
}
