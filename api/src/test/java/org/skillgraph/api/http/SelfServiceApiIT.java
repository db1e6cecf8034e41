package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.bearer;
import static org.skillgraph.api.http.ApiFixture.flushAudit;
import static org.skillgraph.api.http.ApiFixture.ok;
import static org.skillgraph.api.http.ApiFixture.pointers;
import static org.skillgraph.api.http.ApiFixture.token;
import static org.skillgraph.api.http.ApiFixture.withDemoAnonymous;
import static org.skillgraph.api.http.EditingAssertions.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.access.AccessRole;

/**
 * Learner self-service over HTTP on the demo organisation: Elif (p-008) claims, her manager (p-076) reviews, Niamh
 * (p-042, not in her line) and coordinators are refused, admins see everything including retractions.
 */
class SelfServiceApiIT {

    private static final String SELF = "p-008";
    private static final String MANAGER = "p-076";
    private static final String OTHER = "p-042";

    @Test
    void shouldLetALearnerSelfAssessAndOnlyTheirManagerOrAnAdminReview() {
        withDemoAnonymous((app, client) -> {
            var learner = bearer(token(AccessRole.LEARNER, SELF));
            var manager = bearer(token(AccessRole.LEARNER, MANAGER));
            var other = bearer(token(AccessRole.LEARNER, OTHER));
            var admin = bearer(token(AccessRole.ADMIN, null));
            var coordinator = bearer(token(AccessRole.COORDINATOR, null));
            var skill = unheldGapSkill(ok(client.get("/api/v1/people/" + SELF + "/gap", learner)));
            var body =
                    "{\"kind\":\"self-assessment\",\"skill\":\"" + skill + "\",\"level\":2,\"note\":\"Did it at uni\"}";

            assertThat(client.post("/api/v1/people/" + SELF + "/claims", body, other)
                            .code())
                    .isEqualTo(403);
            assertThat(client.post("/api/v1/people/" + SELF + "/claims", body, admin)
                            .code())
                    .isEqualTo(403);
            var claim = answer(client.post("/api/v1/people/" + SELF + "/claims", body, learner), 201);
            assertThat(claim.get("status").asText()).isEqualTo("pending");
            var id = claim.get("id").asText();
            var duplicate = answer(client.post("/api/v1/people/" + SELF + "/claims", body, learner), 409);
            assertThat(duplicate.get("code").asText()).isEqualTo("claim-pending");

            var gap = gapRow(ok(client.get("/api/v1/people/" + SELF + "/gap", learner)), skill);
            assertThat(gap.get("currentLevel").asInt()).isEqualTo(2);
            assertThat(gap.get("selfAssessed").asBoolean()).isTrue();

            assertThat(ids(ok(client.get("/api/v1/people/" + SELF + "/claims", manager))))
                    .contains(id);
            assertThat(ids(ok(client.get("/api/v1/people/" + SELF + "/claims", admin))))
                    .contains(id);
            assertThat(client.get("/api/v1/people/" + SELF + "/claims", other).code())
                    .isEqualTo(403);
            assertThat(client.get("/api/v1/people/nobody-at-all/claims", other).code())
                    .isEqualTo(403);
            assertThat(client.get("/api/v1/people/" + SELF + "/claims", coordinator)
                            .code())
                    .isEqualTo(403);
            assertThat(ids(ok(client.get("/api/v1/reviews?status=pending", manager))))
                    .contains(id);
            assertThat(ids(ok(client.get("/api/v1/reviews?status=pending", admin))))
                    .contains(id);
            assertThat(ids(ok(client.get("/api/v1/reviews", other)))).doesNotContain(id);
            assertThat(client.get("/api/v1/reviews", coordinator).code()).isEqualTo(403);

            assertThat(client.post("/api/v1/claims/" + id + "/accept", "{}", other)
                            .code())
                    .isEqualTo(403);
            assertThat(client.post("/api/v1/claims/" + id + "/accept", "{}", learner)
                            .code())
                    .isEqualTo(403);
            var decision = ok(client.post("/api/v1/claims/" + id + "/accept", "{\"level\":3}", manager));
            assertThat(decision.at("/claim/status").asText()).isEqualTo("accepted");
            assertThat(decision.at("/claim/grantedLevel").asInt()).isEqualTo(3);
            assertThat(decision.at("/current/level").asInt()).isEqualTo(3);
            assertThat(decision.at("/current/source").asText()).isEqualTo("manager");
            var twice = answer(client.post("/api/v1/claims/" + id + "/reject", "{\"reason\":\"no\"}", admin), 409);
            assertThat(twice.get("code").asText()).isEqualTo("claim-decided");
            var unknown = answer(client.post("/api/v1/claims/cl-nobody/accept", "{}", admin), 404);
            assertThat(unknown.get("code").asText()).isEqualTo("claim-not-found");

            var after = gapRow(ok(client.get("/api/v1/people/" + SELF + "/gap", learner)), skill);
            assertThat(after.get("currentLevel").asInt()).isEqualTo(3);
            assertThat(after.get("selfAssessed").asBoolean()).isFalse();
            var own = ok(client.get("/api/v1/people/" + SELF + "/claims", learner));
            assertThat(own.at("/items/0/decidedBy").isNull()).isTrue();

            flushAudit();
            var audit = ok(client.get("/api/v1/audit?subject=" + SELF + "&limit=200", admin));
            var routes = new ArrayList<String>();
            audit.get("items").forEach(e -> routes.add(e.get("route").asText()));
            assertThat(routes).contains("POST /api/v1/claims/{claimId}/accept", "POST /api/v1/people/{id}/claims");
        });
    }

    @Test
    void shouldListEvidenceToThePersonTheirManagerAndAdminsAndRetractIt() {
        withDemoAnonymous((app, client) -> {
            var learner = bearer(token(AccessRole.LEARNER, SELF));
            var manager = bearer(token(AccessRole.LEARNER, MANAGER));
            var other = bearer(token(AccessRole.LEARNER, OTHER));
            var admin = bearer(token(AccessRole.ADMIN, null));
            var coordinator = bearer(token(AccessRole.COORDINATOR, null));
            var recorded = answer(
                    client.post(
                            "/api/v1/people/" + SELF + "/evidence",
                            "{\"skill\":\"sql\",\"source\":\"assessment\",\"level\":5,\"at\":\"2026-11-28\"}",
                            admin),
                    201);
            var evidenceId = recorded.at("/evidence/id").asText();
            assertThat(recorded.at("/current/level").asInt()).isEqualTo(5);

            var own = ok(client.get("/api/v1/people/" + SELF + "/evidence?skill=sql&limit=1", learner));
            assertThat(own.get("items")).hasSize(1);
            assertThat(own.at("/items/0/id").asText()).isEqualTo(evidenceId);
            assertThat(own.get("nextCursor").isNull()).isFalse();
            assertThat(ok(client.get("/api/v1/people/" + SELF + "/evidence?source=assessment", manager))
                            .get("items"))
                    .isNotEmpty()
                    .allSatisfy(e -> assertThat(e.get("source").asText()).isEqualTo("assessment"));
            assertThat(client.get("/api/v1/people/" + SELF + "/evidence", other).code())
                    .isEqualTo(403);
            assertThat(client.get("/api/v1/people/" + SELF + "/evidence", coordinator)
                            .code())
                    .isEqualTo(403);
            var badSource = answer(client.get("/api/v1/people/" + SELF + "/evidence?source=rumour", admin), 400);
            assertThat(badSource.at("/errors/0/pointer").asText()).isEqualTo("query:source");
            assertThat(answer(client.get("/api/v1/people/nobody-at-all/evidence", admin), 404)
                            .get("code")
                            .asText())
                    .isEqualTo("person-not-found");

            var retract = "/api/v1/people/" + SELF + "/evidence/" + evidenceId + "/retract";
            assertThat(client.post(retract, "{\"reason\":\"wrong person\"}", learner)
                            .code())
                    .isEqualTo(403);
            assertThat(answer(client.post(retract, "{}", admin), 400)
                            .at("/errors/0/pointer")
                            .asText())
                    .isEqualTo("/reason");
            var retracted = ok(client.post(retract, "{\"reason\":\"Entered for the wrong person\"}", admin));
            assertThat(retracted.get("previousLevel").asInt()).isEqualTo(5);
            assertThat(retracted.get("changed").asBoolean()).isTrue();
            assertThat(answer(client.post(retract, "{\"reason\":\"again\"}", admin), 409)
                            .get("code")
                            .asText())
                    .isEqualTo("evidence-retracted");
            assertThat(answer(
                                    client.post(
                                            "/api/v1/people/" + SELF + "/evidence/ev-nobody/retract",
                                            "{\"reason\":\"x\"}",
                                            admin),
                                    404)
                            .get("code")
                            .asText())
                    .isEqualTo("evidence-not-found");

            assertThat(ids(ok(client.get("/api/v1/people/" + SELF + "/evidence?skill=sql", learner))))
                    .doesNotContain(evidenceId);
            var seenByAdmin = ok(client.get("/api/v1/people/" + SELF + "/evidence?skill=sql", admin));
            var item = find(seenByAdmin, evidenceId);
            assertThat(item.get("retractedAt").isNull()).isFalse();
            assertThat(item.get("retractReason").asText()).isEqualTo("Entered for the wrong person");
        });
    }

    @Test
    void shouldRefuseBadClaimsWithPointers() {
        withDemoAnonymous((app, client) -> {
            var learner = bearer(token(AccessRole.LEARNER, SELF));
            var path = "/api/v1/people/" + SELF + "/claims";

            var bad = answer(client.post(path, "{\"kind\":\"rumour\",\"skill\":\"sql\",\"level\":9}", learner), 400);
            assertThat(pointers(bad)).containsExactlyInAnyOrder("/kind", "/level");
            var bare = answer(
                    client.post(path, "{\"kind\":\"prior-learning\",\"skill\":\"sql\",\"level\":3}", learner), 400);
            assertThat(pointers(bare)).containsExactly("");
            var link = answer(
                    client.post(
                            path,
                            "{\"kind\":\"prior-learning\",\"skill\":\"sql\",\"level\":3,\"link\":\"javascript:alert(1)\"}",
                            learner),
                    400);
            assertThat(pointers(link)).containsExactly("/link");
            var skill = answer(
                    client.post(path, "{\"kind\":\"self-assessment\",\"skill\":\"cobol\",\"level\":3}", learner), 400);
            assertThat(pointers(skill)).containsExactly("/skill");
            assertThat(ok(client.get(path, learner)).get("items")).isEmpty();
        });
    }

    private static String unheldGapSkill(JsonNode gap) {
        for (var row : gap.at("/gap/skills")) {
            if (row.get("currentLevel").asInt() == 0) {
                return row.get("skillId").asText();
            }
        }
        throw new AssertionError("the demo learner has no unheld gap skill: " + gap);
    }

    private static JsonNode gapRow(JsonNode gap, String skill) {
        for (var row : gap.at("/gap/skills")) {
            if (row.get("skillId").asText().equals(skill)) {
                return row;
            }
        }
        throw new AssertionError(skill + " not in the gap: " + gap);
    }

    private static List<String> ids(JsonNode page) {
        var ids = new ArrayList<String>();
        page.get("items").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    private static JsonNode find(JsonNode page, String id) {
        for (var i : page.get("items")) {
            if (i.get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id + " not listed: " + page);
    }
}
