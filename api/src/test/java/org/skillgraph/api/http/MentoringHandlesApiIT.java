package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.bearer;
import static org.skillgraph.api.http.ApiFixture.code;
import static org.skillgraph.api.http.ApiFixture.json;
import static org.skillgraph.api.http.ApiFixture.ok;
import static org.skillgraph.api.http.ApiFixture.pointers;
import static org.skillgraph.api.http.ApiFixture.withDemoAnonymous;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.access.AccessRole;

/**
 * A learner requests a coach from their own ranking by the suggestion's opaque handle, withdraws a pending request,
 * and pages through requests and due pairs: over real HTTP on the demo organisation.
 */
class MentoringHandlesApiIT {

    private static final String LEARNER = "p-042";
    private static final String OTHER = "p-051";

    @Test
    void shouldRequestTheCoachOfASuggestionByItsHandleWithoutSeeingTheCoachsId() {
        withDemoAnonymous((app, client) -> {
            var learner = bearer(ApiFixture.token(AccessRole.LEARNER, LEARNER));
            var staffIds = coachIds(ok(client.get("/api/v1/people/" + LEARNER + "/coaches?k=5", admin())));
            var response = client.get("/api/v1/people/" + LEARNER + "/coaches?k=5", learner);
            var text = response.body().string();
            var ranking = ApiFixture.JSON.readTree(text);

            assertThat(staffIds).isNotEmpty();
            assertThat(ranking.get("candidates")).hasSameSizeAs(staffIds);
            for (var id : staffIds) {
                assertThat(text).as("the learner's ranking names no coach id").doesNotContain("\"" + id + "\"");
            }
            var first = ranking.get("candidates").get(0);
            assertThat(first.get("coach").has("id")).isFalse();
            var handle = first.get("requestHandle").asText();
            assertThat(handle).isNotBlank();
            for (var id : staffIds) {
                assertThat(handle).doesNotContain(id);
            }

            var made = created(client.post(
                    "/api/v1/people/" + LEARNER + "/coaching-requests",
                    "{\"handle\": \"" + handle + "\", \"message\": \"hello\"}",
                    learner));

            assertThat(made.get("state").asText()).isEqualTo("proposed");
            assertThat(made.get("requestedBy").asText()).isEqualTo("learner");
            assertThat(made.get("coach").get("id").asText()).isEqualTo(staffIds.get(0));
            assertThat(made.get("coach").get("name").asText())
                    .isEqualTo(first.get("coach").get("name").asText());
            var coach = bearer(ApiFixture.token(AccessRole.LEARNER, staffIds.get(0)));
            var waiting = ok(client.get("/api/v1/people/" + staffIds.get(0) + "/mentorships", coach));
            assertThat(waiting.get("items").findValuesAsText("id"))
                    .contains(made.get("id").asText());

            ApiFixture.flushAudit();
            var audit = ok(client.get("/api/v1/audit?subject=" + staffIds.get(0), admin()));
            assertThat(audit.get("items").findValuesAsText("route"))
                    .as("the request is audited with the coach as a subject")
                    .contains("POST /api/v1/people/{id}/coaching-requests");
        });
    }

    @Test
    void shouldNotLetAnotherLearnerUseAHandle() {
        withDemoAnonymous((app, client) -> {
            var handle = handles(client, LEARNER).get(0);
            var other = bearer(ApiFixture.token(AccessRole.LEARNER, OTHER));

            var asOther = client.post(
                    "/api/v1/people/" + OTHER + "/coaching-requests", "{\"handle\": \"" + handle + "\"}", other);
            var underTheirId = client.post(
                    "/api/v1/people/" + LEARNER + "/coaching-requests", "{\"handle\": \"" + handle + "\"}", other);

            assertThat(code(asOther)).isEqualTo("404 request-handle-not-found");
            assertThat(underTheirId.code()).isEqualTo(403);
            assertThat(ok(client.get("/api/v1/people/" + OTHER + "/mentorships", admin()))
                            .get("items")
                            .findValuesAsText("state"))
                    .as("nothing was written")
                    .doesNotContain("proposed");
        });
    }

    @Test
    void shouldRefuseAnAlteredOrForeignHandleWithAPointer() {
        withDemoAnonymous((app, client) -> {
            var learner = bearer(ApiFixture.token(AccessRole.LEARNER, LEARNER));
            var handle = handles(client, LEARNER).get(0);
            int middle = handle.length() / 2;
            var flipped = handle.substring(0, middle)
                    + (handle.charAt(middle) == 'A' ? 'B' : 'A')
                    + handle.substring(middle + 1);

            for (var bad : List.of(flipped, "not-a-handle", handle + "x")) {
                var refused = client.post(
                        "/api/v1/people/" + LEARNER + "/coaching-requests", "{\"handle\": \"" + bad + "\"}", learner);
                assertThat(code(refused)).as(bad).isEqualTo("400 invalid-request-handle");
                assertThat(pointers(json(refused))).containsExactly("/handle");
            }
            var both = client.post(
                    "/api/v1/people/" + LEARNER + "/coaching-requests",
                    "{\"handle\": \"" + handle + "\", \"coachId\": \"p-172\", \"skills\": [\"sql\"]}",
                    learner);
            assertThat(pointers(json(both))).containsExactlyInAnyOrder("/coachId", "/skills");
        });
    }

    @Test
    void shouldKeepTheMostCoachesPerLearnerForRequestsByHandle() {
        withDemoAnonymous((app, client) -> {
            // p-042 has one active coach; the default allows two, pending requests included.
            var learner = bearer(ApiFixture.token(AccessRole.LEARNER, LEARNER));
            var handles = handles(client, LEARNER);
            assertThat(handles).hasSizeGreaterThanOrEqualTo(2);

            created(client.post(
                    "/api/v1/people/" + LEARNER + "/coaching-requests",
                    "{\"handle\": \"" + handles.get(0) + "\"}",
                    learner));
            var second = client.post(
                    "/api/v1/people/" + LEARNER + "/coaching-requests",
                    "{\"handle\": \"" + handles.get(1) + "\"}",
                    learner);

            assertThat(code(second)).isEqualTo("409 learner-coach-limit");
        });
    }

    @Test
    void shouldLetTheLearnerOrACoordinatorWithdrawAPendingRequestAndFreeThePlace() {
        withDemoAnonymous((app, client) -> {
            var learner = bearer(ApiFixture.token(AccessRole.LEARNER, LEARNER));
            var made = created(client.post(
                    "/api/v1/people/" + LEARNER + "/coaching-requests",
                    "{\"handle\": \"" + handles(client, LEARNER).get(0) + "\"}",
                    learner));
            var id = made.get("id").asText();
            var coachId = made.get("coach").get("id").asText();
            var skills = new ArrayList<String>();
            made.get("skills").forEach(x -> skills.add(x.asText()));
            int held = remaining(client, coachId, skills);
            var coach = bearer(ApiFixture.token(AccessRole.LEARNER, coachId));

            assertThat(client.post(pair(coachId, id) + "/withdraw", "", coach).code())
                    .as("the coach declines, never withdraws")
                    .isEqualTo(403);
            assertThat(code(client.post(
                            pair(OTHER, id) + "/withdraw", "", bearer(ApiFixture.token(AccessRole.LEARNER, OTHER)))))
                    .isEqualTo("404 not-found");

            var withdrawn =
                    ok(client.post(pair(LEARNER, id) + "/withdraw", "{\"reason\": \"found a course\"}", learner));

            assertThat(withdrawn.get("state").asText()).isEqualTo("withdrawn");
            assertThat(withdrawn.get("reason").asText()).isEqualTo("found a course");
            assertThat(withdrawn.get("decidedAt").isNull()).isFalse();
            assertThat(remaining(client, coachId, skills))
                    .as("the place is free again")
                    .isEqualTo(held + 1);
            assertThat(code(client.post(pair(LEARNER, id) + "/withdraw", "", admin())))
                    .isEqualTo("409 request-not-pending");
            assertThat(code(client.post(pair(coachId, id) + "/accept", "", coach)))
                    .isEqualTo("409 request-not-pending");

            var again = created(client.post(
                    "/api/v1/people/" + LEARNER + "/coaching-requests", "{\"coachId\": \"" + coachId + "\"}", admin()));
            var byCoordinator = ok(client.post(pair(LEARNER, again.get("id").asText()) + "/withdraw", "", admin()));
            assertThat(byCoordinator.get("state").asText()).isEqualTo("withdrawn");
        });
    }

    @Test
    void shouldPageThroughAPersonsMentorshipsAndTheDueList() {
        withDemoAnonymous((app, client) -> {
            var all = ok(client.get("/api/v1/coaching/due?days=1&limit=200", admin()));
            assertThat(all.get("items").size()).isGreaterThan(2);
            assertThat(all.get("nextCursor").isNull()).isTrue();

            var seen = new ArrayList<String>();
            String cursor = null;
            int pages = 0;
            do {
                var page = ok(client.get(
                        "/api/v1/coaching/due?days=1&limit=2" + (cursor == null ? "" : "&cursor=" + cursor), admin()));
                assertThat(page.get("items").size()).isLessThanOrEqualTo(2);
                page.get("items").forEach(d -> seen.add(d.get("mentorshipId").asText()));
                cursor = page.get("nextCursor").isNull()
                        ? null
                        : page.get("nextCursor").asText();
                pages++;
            } while (cursor != null);
            assertThat(seen).containsExactlyElementsOf(all.get("items").findValuesAsText("mentorshipId"));
            assertThat(pages).isEqualTo((all.get("items").size() + 1) / 2);

            var coachOfMany = all.get("items").get(0).get("coach").get("id").asText();
            var everything = ok(client.get("/api/v1/people/" + coachOfMany + "/mentorships?limit=200", admin()));
            var ids = new ArrayList<String>();
            everything.get("items").forEach(m -> ids.add(m.get("id").asText()));
            var first = ok(client.get("/api/v1/people/" + coachOfMany + "/mentorships?limit=1", admin()));
            assertThat(first.get("items")).hasSize(1);
            assertThat(first.get("items").get(0).get("id").asText()).isEqualTo(ids.get(0));
            if (ids.size() > 1) {
                var next = first.get("nextCursor").asText();
                var second = ok(
                        client.get("/api/v1/people/" + coachOfMany + "/mentorships?limit=1&cursor=" + next, admin()));
                assertThat(second.get("items").get(0).get("id").asText()).isEqualTo(ids.get(1));
            } else {
                assertThat(first.get("nextCursor").isNull()).isTrue();
            }

            var badCursor = client.get("/api/v1/people/" + LEARNER + "/mentorships?cursor=!!!", admin());
            assertThat(pointers(json(badCursor))).containsExactly("query:cursor");
            assertThat(pointers(json(client.get("/api/v1/coaching/due?limit=0", admin()))))
                    .containsExactly("query:limit");
        });
    }

    /** The request handles of a learner's own ranking, best coach first. */
    private static List<String> handles(HttpClient client, String learnerId) {
        var ranking = ok(client.get(
                "/api/v1/people/" + learnerId + "/coaches?k=5",
                bearer(ApiFixture.token(AccessRole.LEARNER, learnerId))));
        var handles = new ArrayList<String>();
        ranking.get("candidates")
                .forEach(c -> handles.add(c.get("requestHandle").asText()));
        return handles;
    }

    private static List<String> coachIds(JsonNode ranking) {
        var ids = new ArrayList<String>();
        ranking.get("candidates").forEach(c -> ids.add(c.get("coach").get("id").asText()));
        return ids;
    }

    private static Consumer<io.javalin.testtools.Request.Builder> admin() {
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
    private static int remaining(HttpClient client, String coach, List<String> skills) {
        for (var skill : skills) {
            var answer = ok(client.get("/api/v1/skills/" + skill + "/coaches?k=200", admin()));
            for (var c : answer.get("coaches")) {
                if (c.get("coach").get("id").asText().equals(coach)) {
                    return c.get("remainingCapacity").asInt();
                }
            }
        }
        throw new AssertionError(coach + " coaches none of the skills looked at");
    }
}
