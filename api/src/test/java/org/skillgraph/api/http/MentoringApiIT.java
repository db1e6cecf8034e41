package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.TODAY;
import static org.skillgraph.api.http.ApiFixture.bearer;
import static org.skillgraph.api.http.ApiFixture.code;
import static org.skillgraph.api.http.ApiFixture.json;
import static org.skillgraph.api.http.ApiFixture.ok;
import static org.skillgraph.api.http.ApiFixture.pointers;
import static org.skillgraph.api.http.ApiFixture.withDemoAnonymous;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.seed.testing.Neo4jFixture;

/** The mentoring loop over real HTTP on the demo organisation: request, consent, goals, check-ins, closing. */
class MentoringApiIT {

    private static final String LEARNER = "p-042";
    private static final String COACH = "p-172";

    @Test
    void shouldRunTheLoopFromRequestToCompletion() {
        withDemoAnonymous((app, client) -> {
            int freeBefore = remaining(client, COACH);

            var request = created(client.post(
                    "/api/v1/people/" + LEARNER + "/coaching-requests", "{\"coachId\": \"" + COACH + "\"}", admin()));
            var id = request.get("id").asText();

            assertThat(request.get("state").asText()).isEqualTo("proposed");
            assertThat(request.get("requestedBy").asText()).isEqualTo("coordinator");
            assertThat(request.get("skills")).isNotEmpty();
            assertThat(request.get("expiresAt").asText())
                    .startsWith(TODAY.plusDays(14).toString());
            assertThat(remaining(client, COACH))
                    .as("a pending request holds a place")
                    .isEqualTo(freeBefore - 1);

            var coach = ApiFixture.token(AccessRole.LEARNER, COACH);
            var accepted = ok(client.post(pair(COACH, id) + "/accept", "", bearer(coach)));
            assertThat(accepted.get("state").asText()).isEqualTo("active");
            assertThat(accepted.get("startedOn").asText()).isEqualTo(TODAY.toString());
            assertThat(activePairs(COACH, LEARNER)).isEqualTo(1);

            var suggestions = ok(client.get(pair(LEARNER, id) + "/goal-suggestions", admin()))
                    .get("items");
            assertThat(suggestions).isNotEmpty();
            var first = suggestions.get(0);
            var goal = created(client.post(
                    pair(LEARNER, id) + "/goals",
                    "{\"skillId\": \"" + first.get("skillId").asText() + "\", \"targetLevel\": "
                            + first.get("targetLevel").asInt() + ", \"targetDate\": \"" + TODAY.plusDays(60) + "\"}",
                    admin()));
            assertThat(goal.get("startLevel").asInt())
                    .isEqualTo(first.get("startLevel").asInt());

            var learner = ApiFixture.token(AccessRole.LEARNER, LEARNER);
            var checkIn = created(client.post(
                    pair(LEARNER, id) + "/check-ins",
                    "{\"on\": \"" + TODAY
                            + "\", \"minutes\": 45, \"note\": \"First session\", \"progress\": [{\"goalId\": \""
                            + goal.get("id").asText() + "\", \"percent\": 10}]}",
                    bearer(learner)));
            assertThat(checkIn.get("by").asText()).isEqualTo("learner");

            var timeline = ok(client.get(pair(COACH, id) + "/timeline", bearer(coach)));
            assertThat(timeline.get("goals")).hasSize(1);
            assertThat(timeline.get("entries").findValuesAsText("kind")).contains("check-in");

            var completed = ok(client.post(pair(LEARNER, id) + "/complete", "{\"reason\": \"goal reached\"}", admin()));
            assertThat(completed.get("state").asText()).isEqualTo("completed");
            assertThat(completed.get("endedOn").asText()).isEqualTo(TODAY.toString());
            assertThat(activePairs(COACH, LEARNER)).isZero();
            assertThat(remaining(client, COACH)).isEqualTo(freeBefore);
            assertThat(code(client.post(pair(LEARNER, id) + "/end", "", admin())))
                    .isEqualTo("409 pair-not-active");
        });
    }

    @Test
    void shouldEndTheMentorshipWhenItsPairIsEndedDirectly() {
        withDemoAnonymous((app, client) -> {
            int freeBefore = remaining(client, COACH);
            var id = created(client.post(
                            "/api/v1/people/" + LEARNER + "/coaching-requests",
                            "{\"coachId\": \"" + COACH + "\"}",
                            admin()))
                    .get("id")
                    .asText();
            ok(client.post(pair(COACH, id) + "/accept", "", bearer(ApiFixture.token(AccessRole.LEARNER, COACH))));

            var ended = client.delete("/api/v1/people/" + COACH + "/coaching/" + LEARNER, null, admin());

            assertThat(ended.code()).as(() -> ended.body().string()).isLessThan(300);
            var mentorship = ok(client.get(pair(LEARNER, id), admin()));
            assertThat(mentorship.get("state").asText()).isEqualTo("ended");
            assertThat(mentorship.get("endedOn").asText()).isEqualTo(TODAY.toString());
            assertThat(remaining(client, COACH)).as("the place is free again").isEqualTo(freeBefore);
        });
    }

    @Test
    void shouldLetOnlyTheNamedCoachDecide() {
        withDemoAnonymous((app, client) -> {
            var id = created(client.post(
                            "/api/v1/people/" + LEARNER + "/coaching-requests",
                            "{\"coachId\": \"" + COACH + "\"}",
                            admin()))
                    .get("id")
                    .asText();
            var other = ApiFixture.token(AccessRole.LEARNER, "p-051");

            assertThat(client.post(pair(COACH, id) + "/accept", "", admin()).code())
                    .as("admin")
                    .isEqualTo(403);
            assertThat(code(client.post(pair("p-051", id) + "/accept", "", bearer(other))))
                    .isEqualTo("404 not-found");
            assertThat(code(client.post(
                            pair(LEARNER, id) + "/accept", "", bearer(ApiFixture.token(AccessRole.LEARNER, LEARNER)))))
                    .as("the learner cannot accept for the coach")
                    .isEqualTo("404 not-found");

            var coach = ApiFixture.token(AccessRole.LEARNER, COACH);
            var declined = ok(
                    client.post(pair(COACH, id) + "/decline", "{\"reason\": \"no time this quarter\"}", bearer(coach)));
            assertThat(declined.get("state").asText()).isEqualTo("declined");
            assertThat(declined.get("reason").asText()).isEqualTo("no time this quarter");
            assertThat(code(client.post(pair(COACH, id) + "/accept", "", bearer(coach))))
                    .isEqualTo("409 request-not-pending");
        });
    }

    @Test
    void shouldKeepALearnerWithinTheMostCoachesAllowed() {
        withDemoAnonymous((app, client) -> {
            // p-042 has one active coach (p-022); the default allows two, pending requests included.
            created(client.post(
                    "/api/v1/people/" + LEARNER + "/coaching-requests", "{\"coachId\": \"" + COACH + "\"}", admin()));

            var third = client.post(
                    "/api/v1/people/" + LEARNER + "/coaching-requests", "{\"coachId\": \"p-051\"}", admin());
            assertThat(code(third)).isEqualTo("409 learner-coach-limit");
            var again = client.post(
                    "/api/v1/people/" + LEARNER + "/coaching-requests", "{\"coachId\": \"" + COACH + "\"}", admin());
            assertThat(code(again)).isIn("409 request-exists", "409 learner-coach-limit");
        });
    }

    @Test
    void shouldRefuseAcceptanceWhenTheCoachNoLongerHoldsTheSkillAtTheThreshold() {
        withDemoAnonymous((app, client) -> {
            var request = created(client.post(
                    "/api/v1/people/" + LEARNER + "/coaching-requests", "{\"coachId\": \"" + COACH + "\"}", admin()));
            var skill = request.get("skills").get(0).asText();
            Neo4jFixture.get()
                    .query(
                            "MATCH (:Person {id: $coach})-[h:HOLDS]->(:Skill {id: $skill}) SET h.level = 2",
                            Map.of("coach", COACH, "skill", skill));

            var refused = client.post(
                    pair(COACH, request.get("id").asText()) + "/accept",
                    "",
                    bearer(ApiFixture.token(AccessRole.LEARNER, COACH)));

            assertThat(code(refused)).isEqualTo("409 coach-not-qualified");
            assertThat(json(refused).get("skills").get(0).get("reason").asText())
                    .contains("below the coaching threshold");
            assertThat(activePairs(COACH, LEARNER)).isZero();
        });
    }

    @Test
    void shouldNameEveryBadFieldByPointer() {
        withDemoAnonymous((app, client) -> {
            var bad = client.post(
                    "/api/v1/people/" + LEARNER + "/coaching-requests",
                    "{\"coachId\": \"\", \"skills\": [\"\"]}",
                    admin());
            assertThat(pointers(json(bad))).containsExactlyInAnyOrder("/coachId", "/skills/0");
            assertThat(code(client.post(
                            "/api/v1/people/" + LEARNER + "/coaching-requests",
                            "{\"coachId\": \"p-nobody\"}",
                            admin())))
                    .isEqualTo("404 not-found");
            assertThat(code(client.post(
                            "/api/v1/people/" + LEARNER + "/coaching-requests",
                            "{\"coachId\": \"" + LEARNER + "\"}",
                            admin())))
                    .isEqualTo("400 invalid-request");

            var id = created(client.post(
                            "/api/v1/people/" + LEARNER + "/coaching-requests",
                            "{\"coachId\": \"" + COACH + "\"}",
                            admin()))
                    .get("id")
                    .asText();
            ok(client.post(pair(COACH, id) + "/accept", "", bearer(ApiFixture.token(AccessRole.LEARNER, COACH))));
            var goal = client.post(
                    pair(LEARNER, id) + "/goals",
                    "{\"skillId\": \"levitation\", \"targetLevel\": 3, \"targetDate\": \"" + TODAY.plusDays(30) + "\"}",
                    admin());
            assertThat(pointers(json(goal))).containsExactly("/skillId");
            var shape =
                    client.post(pair(LEARNER, id) + "/goals", "{\"skillId\": \"sql\", \"targetLevel\": 9}", admin());
            assertThat(pointers(json(shape))).containsExactlyInAnyOrder("/targetLevel", "/targetDate");
            var checkIn = client.post(
                    pair(LEARNER, id) + "/check-ins",
                    "{\"on\": \"" + TODAY.plusDays(1)
                            + "\", \"minutes\": 30, \"progress\": [{\"goalId\": \"goal-x\", \"percent\": 5}]}",
                    admin());
            assertThat(pointers(json(checkIn))).containsExactlyInAnyOrder("/on", "/progress/0/goalId");
            assertThat(code(client.get(pair("p-051", id), admin()))).isEqualTo("404 not-found");
        });
    }

    @Test
    void shouldSendACohortAssignmentAsProposals() {
        withDemoAnonymous((app, client) -> {
            var answer = ok(client.post("/api/v1/cohorts/c-2026-q1-data-analysts/coach-proposals", "", admin()));

            var assignments = answer.get("assignment").get("assignments");
            assertThat(answer.get("requestIds")).hasSize(assignments.size()).isNotEmpty();
            var firstCoach = assignments.get(0).get("coach").get("id").asText();
            var theirs = ok(client.get("/api/v1/people/" + firstCoach + "/mentorships", admin()))
                    .get("items");
            assertThat(theirs.findValuesAsText("state")).contains("proposed");
            assertThat(theirs.findValuesAsText("origin")).contains("proposal");
            assertThat(Neo4jFixture.get()
                            .query(
                                    "MATCH ()-[r:COACHES]->() WHERE r.since = date($today) RETURN count(r)",
                                    Map.of("today", TODAY.toString()))
                            .get(0))
                    .as("no pair starts before its coach accepts")
                    .isEqualTo(0L);
        });
    }

    @Test
    void shouldExportAndEraseTheMentoringOfAPerson() {
        withDemoAnonymous((app, client) -> {
            var id = created(client.post(
                            "/api/v1/people/" + LEARNER + "/coaching-requests",
                            "{\"coachId\": \"" + COACH + "\"}",
                            admin()))
                    .get("id")
                    .asText();
            ok(client.post(pair(COACH, id) + "/accept", "", bearer(ApiFixture.token(AccessRole.LEARNER, COACH))));
            client.post(
                    pair(LEARNER, id) + "/check-ins",
                    "{\"on\": \"" + TODAY + "\", \"minutes\": 20, \"note\": \"kick-off\"}",
                    admin());

            var export = ok(client.get("/api/v1/people/" + LEARNER + "/export", admin()));
            var mentoring = export.get("mentoring");
            assertThat(mentoring.findValuesAsText("id")).contains(id);
            assertThat(mentoring.get(0).get("side").asText()).isEqualTo("learner");
            assertThat(mentoring.get(0).get("checkIns").findValuesAsText("note"))
                    .contains("kick-off");

            ok(client.post("/api/v1/people/" + COACH + "/erasure", "", admin()));
            assertThat(Neo4jFixture.get()
                            .query("MATCH (m:Mentorship {id: $id}) RETURN count(m)", Map.of("id", id))
                            .get(0))
                    .isEqualTo(0L);
            assertThat(Neo4jFixture.get()
                            .query("MATCH (c:CheckIn {note: 'kick-off'}) RETURN count(c)", Map.of())
                            .get(0))
                    .isEqualTo(0L);
        });
    }

    @Test
    void shouldAnswerTheOutcomesAndTheDueListAsAggregates() {
        withDemoAnonymous((app, client) -> {
            var outcomes = ok(client.get("/api/v1/metrics/coaching-outcomes", admin()));
            assertThat(outcomes.get("minGroupSize").asInt()).isEqualTo(3);
            // The demo's mentoring history makes a real comparison: pairs that ran, goals measured against controls.
            assertThat(outcomes.get("suppressed").asBoolean()).isFalse();
            assertThat(outcomes.get("pairs").asInt()).isGreaterThanOrEqualTo(10);
            assertThat(outcomes.get("matched").get("goalGain").get("n").asInt()).isPositive();
            assertThat(outcomes.get("matched").get("controls").asInt()).isGreaterThanOrEqualTo(3);
            assertThat(outcomes.get("completion").get("completed").asInt()).isPositive();
            assertThat(code(client.get("/api/v1/metrics/coaching-outcomes?role=astronaut", admin())))
                    .isEqualTo("404 not-found");

            var due = ok(client.get("/api/v1/coaching/due?days=30", admin()));
            assertThat(due.get("days").asInt()).isEqualTo(30);
            assertThat(code(client.get("/api/v1/coaching/due?days=0", admin()))).isEqualTo("400 invalid-parameter");
        });
    }

    @Test
    void shouldScorePreferencesAsSoftConstraintsOnlyWhereSet() {
        withDemoAnonymous((app, client) -> {
            var before = ok(client.get("/api/v1/people/" + LEARNER + "/coaches?k=5", admin()));
            assertThat(before.get("candidates").get(0).get("breakdown")).hasSize(7);
            assertThat(ok(client.get("/api/v1/people/" + LEARNER + "/coaching-preferences", admin()))
                            .get("languages"))
                    .isEmpty();

            ok(client.put(
                    "/api/v1/people/" + LEARNER + "/coaching-preferences",
                    "{\"otherDepartment\": true, \"format\": \"remote\"}",
                    admin()));
            ok(client.put(
                    "/api/v1/people/" + COACH + "/coaching-preferences", "{\"wantsToCoach\": [\"sql\"]}", admin()));
            var after = ok(client.get("/api/v1/people/" + LEARNER + "/coaches?k=50", admin()));

            for (var c : after.get("candidates")) {
                var names = c.get("breakdown").findValuesAsText("component");
                assertThat(names).contains("department", "format");
                double sum = 0;
                for (var b : c.get("breakdown")) {
                    sum += b.get("contribution").asDouble();
                }
                assertThat(c.get("score").asDouble()).isCloseTo(sum, org.assertj.core.api.Assertions.within(1e-3));
                var department = component(c, "department");
                assertThat(department.get("value").asDouble())
                        .isEqualTo(c.get("coach").get("department").asText().equals("Data & Analytics") ? 0.0 : 1.0);
                assertThat(names.contains("wantsToCoach"))
                        .isEqualTo(c.get("coach").get("id").asText().equals(COACH));
            }

            var bad = client.put(
                    "/api/v1/people/" + LEARNER + "/coaching-preferences",
                    "{\"format\": \"hologram\", \"timezone\": \"Mars/Base\", \"availableFrom\": \"2027-01-02\","
                            + " \"availableUntil\": \"2027-01-01\"}",
                    admin());
            assertThat(pointers(json(bad))).containsExactlyInAnyOrder("/format", "/timezone", "/availableUntil");
            var unknown = client.put(
                    "/api/v1/people/" + COACH + "/coaching-preferences",
                    "{\"wantsToCoach\": [\"sql\", \"levitation\"]}",
                    admin());
            assertThat(code(unknown)).isEqualTo("400 unknown-skill");
            assertThat(pointers(json(unknown))).containsExactly("/wantsToCoach/1");
            assertThat(ok(client.get("/api/v1/people/" + COACH + "/coaching-preferences", admin()))
                            .get("wantsToCoach"))
                    .as("nothing written")
                    .hasSize(1);
        });
    }

    private static JsonNode component(JsonNode candidate, String name) {
        for (var b : candidate.get("breakdown")) {
            if (b.get("component").asText().equals(name)) {
                return b;
            }
        }
        throw new AssertionError("no component " + name);
    }

    /**
     * A fresh admin token, for the calls a test makes as staff (a learner's call carries its own): the fixture's reset
     * between tests removes the tokens issued before.
     */
    private static java.util.function.Consumer<io.javalin.testtools.Request.Builder> admin() {
        return bearer(ApiFixture.token(AccessRole.ADMIN, null));
    }

    private static String pair(String person, String id) {
        return "/api/v1/people/" + person + "/mentorships/" + id;
    }

    private static JsonNode created(Response response) {
        assertThat(response.code()).as(() -> response.body().string()).isEqualTo(201);
        return json(response);
    }

    /** The coach's free places as the designers' list of a skill they hold shows them. */
    private static int remaining(HttpClient client, String coach) {
        var answer = ok(client.get("/api/v1/skills/sql/coaches?k=200", admin()));
        for (var c : answer.get("coaches")) {
            if (c.get("coach").get("id").asText().equals(coach)) {
                return c.get("remainingCapacity").asInt();
            }
        }
        throw new AssertionError(coach + " does not coach sql");
    }

    private static long activePairs(String coach, String learner) {
        return (Long) Neo4jFixture.get()
                .query(
                        "MATCH (:Person {id: $c})-[r:COACHES]->(:Person {id: $l}) WHERE r.endedAt IS NULL RETURN count(r)",
                        Map.of("c", coach, "l", learner))
                .get(0);
    }
}
