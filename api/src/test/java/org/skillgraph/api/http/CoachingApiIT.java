package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.code;
import static org.skillgraph.api.http.ApiFixture.json;
import static org.skillgraph.api.http.ApiFixture.ok;
import static org.skillgraph.api.http.ApiFixture.pointers;
import static org.skillgraph.api.http.ApiFixture.withDemo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillgraph.seed.testing.Neo4jFixture;

/** The coaching routes over real HTTP on the demo organisation, bad input included. */
class CoachingApiIT {

    private static final List<String> COACH_FIELDS = List.of("id", "name", "department", "location", "timezone");

    @Test
    void shouldRankCoachesForAPersonShowingOnlyWhatMatchingNeeds() {
        withDemo((app, client) -> {
            var answer = ok(client.get("/api/v1/people/p-042/coaches?k=3"));

            assertThat(answer.get("targetId").asText()).isEqualTo("senior-data-analyst");
            assertThat(answer.get("evidenceSince").asText()).isEqualTo("2024-11-29");
            assertThat(answer.get("gaps")).isNotEmpty();
            var candidates = answer.get("candidates");
            assertThat(candidates).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            for (var c : candidates) {
                var fields = new ArrayList<String>();
                c.get("coach").fieldNames().forEachRemaining(fields::add);
                assertThat(fields).containsExactlyInAnyOrderElementsOf(COACH_FIELDS);
                assertThat(c.get("coach").get("id").asText()).isNotIn("p-042", "p-022");
                assertThat(c.get("skills")).isNotEmpty().allSatisfy(s -> {
                    assertThat(s.get("coachLevel").asInt()).isGreaterThanOrEqualTo(3);
                    assertThat(s.get("at").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
                    assertThat(s.get("source").asText()).isNotBlank();
                });
                assertThat(c.get("breakdown")).hasSize(7).allSatisfy(b -> {
                    assertThat(b.get("component").asText()).isNotBlank();
                    assertThat(b.get("reason").asText()).isNotBlank();
                    assertThat(b.get("contribution").asDouble())
                            .isCloseTo(
                                    b.get("value").asDouble() * b.get("weight").asDouble(),
                                    org.assertj.core.api.Assertions.within(1e-4));
                });
            }
        });
    }

    @Test
    void shouldAnswerForAnExplicitSkillListOrAnotherRole() {
        withDemo((app, client) -> {
            var explicit = ok(client.get("/api/v1/people/p-042/coaches?skills=sql,query-tuning:4"));
            var role = ok(client.get("/api/v1/people/p-042/coaches?role=data-engineer"));

            assertThat(explicit.get("targetId").asText()).isEqualTo("explicit");
            assertThat(explicit.get("gaps")).hasSize(2);
            assertThat(role.get("targetId").asText()).isEqualTo("data-engineer");
            assertThat(role.get("targetChosenBy").asText()).isEqualTo("request");
        });
    }

    @Test
    void shouldNameEveryBadParameterOfTheCoachSearch() {
        withDemo((app, client) -> {
            var bad = client.get("/api/v1/people/p-042/coaches?k=0&skills=sql:9");
            assertThat(bad.code()).isEqualTo(400);
            assertThat(pointers(json(bad))).containsExactlyInAnyOrder("query:k", "query:skills");

            var both = client.get("/api/v1/people/p-042/coaches?role=data-analyst&skills=sql");
            assertThat(both.code()).isEqualTo(400);
            assertThat(pointers(json(both))).containsExactly("query:skills");

            assertThat(code(client.get("/api/v1/people/p-042/coaches?skills=levitation")))
                    .isEqualTo("400 unknown-skill");
            assertThat(code(client.get("/api/v1/people/p-nobody/coaches"))).isEqualTo("404 not-found");
            assertThat(code(client.get("/api/v1/people/p-042/coaches?role=astronaut")))
                    .isEqualTo("404 not-found");
            assertThat(code(client.get("/api/v1/people/" + withoutTarget() + "/coaches")))
                    .isEqualTo("400 missing-target");
        });
    }

    @Test
    void shouldListWhoCanCoachASkillByLevel() {
        withDemo((app, client) -> {
            var answer = ok(client.get("/api/v1/skills/sql/coaches?minLevel=4&k=2"));

            assertThat(answer.get("minLevel").asInt()).isEqualTo(4);
            assertThat(answer.get("coaches")).isNotEmpty().hasSizeLessThanOrEqualTo(2);
            assertThat(answer.get("coaches"))
                    .allSatisfy(h -> assertThat(h.get("level").asInt()).isGreaterThanOrEqualTo(4));
            var total = 0;
            for (var level : answer.get("levels")) {
                total += level.get("coaches").asInt();
            }
            assertThat(total).isEqualTo(answer.get("total").asInt());

            var low = client.get("/api/v1/skills/sql/coaches?minLevel=2&k=x");
            assertThat(low.code()).isEqualTo(400);
            assertThat(pointers(json(low))).containsExactlyInAnyOrder("query:minLevel", "query:k");
            assertThat(code(client.get("/api/v1/skills/levitation/coaches"))).isEqualTo("404 not-found");
        });
    }

    @Test
    void shouldDryRunACohortAssignmentWithoutWriting() {
        withDemo((app, client) -> {
            long pairs = pairs();

            var answer = ok(client.post("/api/v1/cohorts/c-2026-q1-data-analysts/coach-assignment", ""));

            assertThat(answer.get("committed").asBoolean()).isFalse();
            assertThat(answer.get("assignments")).isNotEmpty();
            assertThat(answer.get("utilisation"))
                    .allSatisfy(u -> assertThat(u.get("remainingAfter").asInt()).isNotNegative());
            assertThat(answer.get("totalScore").asDouble()).isPositive();
            assertThat(pairs()).isEqualTo(pairs);
            assertThat(code(client.post("/api/v1/cohorts/c-2026-q1-data-analysts/coach-assignment?commit=maybe", "")))
                    .isEqualTo("400 invalid-parameter");
            assertThat(code(client.post("/api/v1/cohorts/c-nothing/coach-assignment", "")))
                    .isEqualTo("404 not-found");
            assertThat(code(client.post("/api/v1/cohorts/c-2026-q1-data-analysts/coach-assignment?role=astronaut", "")))
                    .isEqualTo("404 not-found");
        });
    }

    @Test
    void shouldDryRunAnAssignmentForAListOfLearnersAndNameBadIds() {
        withDemo((app, client) -> {
            var members = ok(client.get("/api/v1/cohorts/c-2026-q1-data-analysts/members"));
            var ids = new java.util.ArrayList<String>();
            members.get("items").forEach(m -> ids.add(m.get("id").asText()));
            var body = Json.mapper().createObjectNode();
            body.putPOJO("learners", ids);

            var answer = ok(client.post("/api/v1/coach-assignment", body.toString()));

            var cohort = ok(client.post("/api/v1/cohorts/c-2026-q1-data-analysts/coach-assignment", ""));
            assertThat(answer.get("cohortId").isNull()).isTrue();
            assertThat(answer.get("assignments")).isEqualTo(cohort.get("assignments"));
            var bad = json(client.post("/api/v1/coach-assignment", "{\"learners\": [\"p-001\", \"p-nobody\", \"\"]}"));
            assertThat(bad.get("code").asText()).isEqualTo("invalid-body");
            assertThat(pointers(bad)).containsExactly("/learners/2");
            var unknown = json(client.post("/api/v1/coach-assignment", "{\"learners\": [\"p-001\", \"p-nobody\"]}"));
            assertThat(unknown.get("code").asText()).isEqualTo("unknown-reference");
            assertThat(pointers(unknown)).containsExactly("/learners/1");
            assertThat(code(client.post("/api/v1/coach-assignment", "{\"learners\": []}")))
                    .isEqualTo("400 invalid-body");
            assertThat(code(client.post("/api/v1/coach-assignment", "{\"people\": [\"p-001\"]}")))
                    .startsWith("400 ");
        });
    }

    @Test
    void shouldCommitACohortAssignment() {
        withDemo((app, client) -> {
            long pairs = pairs();

            var answer = ok(client.post("/api/v1/cohorts/c-emerging-leaders-2026/coach-assignment?commit=true", ""));

            assertThat(answer.get("committed").asBoolean()).isTrue();
            assertThat(pairs()).isEqualTo(pairs + answer.get("assignments").size());
        });
    }

    @Test
    void shouldStartAndEndAPairKeepingHistory() {
        withDemo((app, client) -> {
            var started = client.post("/api/v1/people/p-036/coaching/p-042", "{\"skills\": [\"sql\"]}");

            assertThat(started.code()).isEqualTo(201);
            assertThat(started.headers().get("Location").get(0)).isEqualTo("/api/v1/people/p-036/coaching/p-042");
            var pair = json(started);
            assertThat(pair.get("since").asText()).isEqualTo(ApiFixture.TODAY.toString());
            assertThat(pair.get("endedAt").isNull()).isTrue();
            assertThat(code(client.post("/api/v1/people/p-036/coaching/p-042", "")))
                    .isEqualTo("409 pair-exists");

            var ended = ok(client.delete("/api/v1/people/p-036/coaching/p-042"));

            assertThat(ended.get("endedAt").asText()).isEqualTo(ApiFixture.TODAY.toString());
            assertThat(ended.get("skills")).extracting(JsonNode::asText).containsExactly("sql");
            assertThat(code(client.delete("/api/v1/people/p-036/coaching/p-042")))
                    .isEqualTo("404 not-found");
            assertThat(Neo4jFixture.get()
                            .query(
                                    "MATCH (:Person {id: 'p-036'})-[r:COACHES]->(:Person {id: 'p-042'}) "
                                            + "RETURN r.endedAt IS NOT NULL",
                                    Map.of()))
                    .containsExactly(true);
        });
    }

    @Test
    void shouldRefuseFullCoachesCoachesWithoutConsentAndBadPairRequests() {
        withDemo((app, client) -> {
            long pairs = pairs();

            var full = client.post("/api/v1/people/p-011/coaching/p-042", "");
            assertThat(full.code()).isEqualTo(409);
            assertThat(json(full).get("code").asText()).isEqualTo("coach-capacity");
            assertThat(json(full).get("coaches").get(0).get("coachId").asText()).isEqualTo("p-011");
            assertThat(code(client.post("/api/v1/people/p-001/coaching/p-042", "")))
                    .isEqualTo("409 coach-not-opted-in");
            assertThat(code(client.post("/api/v1/people/p-nobody/coaching/p-042", "")))
                    .isEqualTo("404 not-found");
            assertThat(code(client.post("/api/v1/people/p-036/coaching/p-036", "")))
                    .isEqualTo("400 invalid-request");
            assertThat(code(client.post("/api/v1/people/p-036/coaching/p-042", "{\"skils\": []}")))
                    .isEqualTo("400 invalid-body");
            var unknown = client.post("/api/v1/people/p-036/coaching/p-042", "{\"skills\": [\"sql\", \"levitation\"]}");
            assertThat(unknown.code()).isEqualTo(400);
            assertThat(pointers(json(unknown))).containsExactly("/skills/1");
            assertThat(code(client.post("/api/v1/people/p-036/coaching/p-042", "{\"skills\": [\" \"]}")))
                    .isEqualTo("400 invalid-body");
            assertThat(code(client.delete("/api/v1/people/p-036/coaching/p-nobody")))
                    .isEqualTo("404 not-found");
            assertThat(pairs()).isEqualTo(pairs);
        });
    }

    private static long pairs() {
        return ((Number) Neo4jFixture.get()
                        .query("MATCH ()-[r:COACHES]->() WHERE r.endedAt IS NULL RETURN count(r)", Map.of())
                        .get(0))
                .longValue();
    }

    private static String withoutTarget() {
        return (String) Neo4jFixture.get()
                .query("MATCH (p:Person) WHERE NOT (p)-[:TARGETS]->() RETURN p.id ORDER BY p.id LIMIT 1", Map.of())
                .get(0);
    }
}
