package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.skillgraph.engine.access.AccessRole;

/**
 * The mentoring flow in the browser: a learner requests a ranked coach, the coach accepts with their own token,
 * and the pair adds a goal and records a check-in; each step is read back from the page and from the API.
 */
class MentoringWorkbenchBrowserIT {

    /** Demo people: p-172 ranks first among the coaches for p-042's gap (docs/coaches.md). */
    private static final String LEARNER = "p-042";

    private static final String COACH = "p-172";

    @RegisterExtension
    static final BrowserSession session = BrowserSession.signedInAs(AccessRole.ADMIN);

    @Test
    void shouldRequestAcceptAndWorkOnAPairInTheBrowser() {
        // A learner's own ranking hides the coaches' ids, so a coordinator requests on the learner's dashboard.
        session.signIn(AccessRole.COORDINATOR, null);
        session.load("/ui/learner.html?person=" + LEARNER);
        loaded();
        var coaches = session.driver().findElements(By.cssSelector("#coaches li[data-coach='" + COACH + "'] button"));
        assertThat(coaches).hasSize(1);
        coaches.get(0).click();
        session.awaitText(By.cssSelector("li[data-coach='" + COACH + "'] .request-result"), "Requested");

        var pending = pairWith(COACH, "proposed");
        assertThat(pending.get("state").asText()).isEqualTo("proposed");
        assertThat(pending.get("requestedBy").asText()).isEqualTo("coordinator");
        var id = pending.get("id").asText();
        var row = By.cssSelector("#mentorships li[data-mentorship='" + id + "']");
        session.awaitText(row, "Coached by Marisol Nowak: requested, waiting for the coach");

        session.signIn(AccessRole.LEARNER, COACH);
        session.load("/ui/learner.html");
        loaded();
        var request = session.await(By.cssSelector("#coach-requests li[data-request='" + id + "']"));
        assertThat(request.getText()).contains("Niamh Adeyemi asks for coaching");
        request.findElement(By.cssSelector("button.accept")).click();
        session.await(By.cssSelector("#mentorships li[data-mentorship='" + id + "'][data-state='active']"));
        var accepted = pairWith(COACH, "active");
        assertThat(accepted.get("id").asText()).isEqualTo(id);
        assertThat(accepted.get("state").asText()).isEqualTo("active");
        assertThat(accepted.get("decidedAt").isNull()).isFalse();

        session.signIn(AccessRole.LEARNER, LEARNER);
        session.driver().manage().window().setSize(new Dimension(400, 1000));
        try {
            session.load("/ui/learner.html");
            loaded();
            var active = By.cssSelector("#mentorships li[data-mentorship='" + id + "'][data-state='active']");
            session.awaitText(
                    active,
                    "Coached by Marisol Nowak: active since "
                            + accepted.get("startedOn").asText());
            var suggestion = session.json("GET", pair(id) + "/goal-suggestions")
                    .get("items")
                    .get(0);
            session.await(By.cssSelector("li[data-mentorship='" + id + "'] button.add-goal"))
                    .click();

            var goal = By.cssSelector("li[data-mentorship='" + id + "'] .goals li[data-skill='"
                    + suggestion.get("skillId").asText() + "']");
            session.await(goal);
            var goals = session.json("GET", pair(id) + "/timeline").get("goals");
            assertThat(goals).hasSize(1);
            assertThat(goals.get(0).get("skillId").asText())
                    .isEqualTo(suggestion.get("skillId").asText());
            assertThat(goals.get(0).get("targetLevel").asInt())
                    .isEqualTo(suggestion.get("targetLevel").asInt());

            // The server's clock is fixed in the tests, so the day is the pair's first one, chosen on the page.
            var goalId = goals.get(0).get("id").asText();
            var on = session.await(By.id("checkin-on-" + id));
            session.driver()
                    .executeScript(
                            "arguments[0].value = arguments[1]",
                            on,
                            accepted.get("startedOn").asText());
            session.driver().findElement(By.id("checkin-minutes-" + id)).clear();
            session.driver().findElement(By.id("checkin-minutes-" + id)).sendKeys("45");
            session.driver().findElement(By.id("checkin-note-" + id)).sendKeys("Tuned two slow reports");
            session.driver().findElement(By.id("progress-" + id + "-" + goalId)).sendKeys("40");
            session.driver()
                    .findElement(By.cssSelector("li[data-mentorship='" + id + "'] button.record-checkin"))
                    .click();

            session.awaitText(
                    By.cssSelector("li[data-mentorship='" + id + "'] .entries li[data-kind='check-in']"),
                    "check-in by the learner, 45 min: Tuned two slow reports (40 %)");
            var checkIns = checkIns(session.json("GET", pair(id) + "/timeline"));
            assertThat(checkIns).hasSize(1);
            assertThat(checkIns.get(0).get("minutes").asInt()).isEqualTo(45);
            assertThat(checkIns.get(0).get("by").asText()).isEqualTo("learner");
            assertThat(checkIns.get(0).get("progress").get(0).get("percent").asInt())
                    .isEqualTo(40);
            session.until(d -> d.findElements(By.cssSelector("[aria-busy='true'], .loading"))
                    .isEmpty());
            AxeCheck.assertAccessible(session.driver(), "learner dashboard with an active pair at 400 px");
        } finally {
            session.driver().manage().window().setSize(new Dimension(1400, 1000));
        }
    }

    @Test
    void shouldLetALearnerRequestASuggestedCoachAndWithdrawTheRequestInTheBrowser() {
        session.signIn(AccessRole.LEARNER, LEARNER);
        session.load("/ui/learner.html");
        loaded();
        // The learner's own ranking names no coach id: the button requests by the suggestion's handle.
        assertThat(session.driver().findElements(By.cssSelector("#coaches li[data-coach]")))
                .isEmpty();
        var first = session.await(By.cssSelector("#coaches li[data-rank='1']"));
        var name = first.findElement(By.tagName("strong")).getText();
        first.findElement(By.cssSelector("button.request-coach")).click();
        session.awaitText(By.cssSelector("#coaches li[data-rank='1'] .request-result"), "Requested");

        var pending = pendingOf(name);
        assertThat(pending.get("requestedBy").asText()).isEqualTo("learner");
        var id = pending.get("id").asText();
        var row = By.cssSelector("#mentorships li[data-mentorship='" + id + "']");
        session.awaitText(row, "Coached by " + name + ": requested, waiting for the coach");

        session.await(By.cssSelector("#mentorships li[data-mentorship='" + id + "'] button.withdraw"))
                .click();
        session.awaitText(
                By.cssSelector("#mentorships li[data-mentorship='" + id + "'][data-state='withdrawn']"),
                "Coached by " + name + ": withdrawn before the coach answered");
        assertThat(session.json("GET", pair(id)).get("state").asText()).isEqualTo("withdrawn");
        assertThat(session.driver()
                        .findElements(By.cssSelector("#mentorships li[data-mentorship='" + id + "'] button.withdraw")))
                .isEmpty();
        session.until(d ->
                d.findElements(By.cssSelector("[aria-busy='true'], .loading")).isEmpty());
        AxeCheck.assertAccessible(session.driver(), "learner dashboard after withdrawing a coaching request");
    }

    private static JsonNode pendingOf(String coachName) {
        for (var m : session.json("GET", "/api/v1/people/" + LEARNER + "/mentorships")
                .get("items")) {
            if (m.get("coach").get("name").asText().equals(coachName)
                    && m.get("state").asText().equals("proposed")) {
                return m;
            }
        }
        throw new AssertionError("no pending request of " + LEARNER + " to " + coachName);
    }

    /** Every panel of the dashboard has answered (a busy machine makes the slower ones take a while). */
    private static void loaded() {
        session.await(By.id("coaching-body"));
        new WebDriverWait(session.driver(), Duration.ofSeconds(120))
                .until(d -> d.findElements(By.cssSelector("[aria-busy='true'], .loading"))
                        .isEmpty());
    }

    private static String pair(String id) {
        return "/api/v1/people/" + LEARNER + "/mentorships/" + id;
    }

    private static JsonNode pairWith(String coachId, String state) {
        for (var m : session.json("GET", "/api/v1/people/" + LEARNER + "/mentorships")
                .get("items")) {
            if (m.get("coach").get("id").asText().equals(coachId)
                    && m.get("state").asText().equals(state)) {
                return m;
            }
        }
        throw new AssertionError("no " + state + " mentorship of " + LEARNER + " with " + coachId);
    }

    private static java.util.List<JsonNode> checkIns(JsonNode timeline) {
        var out = new java.util.ArrayList<JsonNode>();
        timeline.get("entries").forEach(e -> {
            if (e.get("kind").asText().equals("check-in")) {
                out.add(e);
            }
        });
        return out;
    }
}
