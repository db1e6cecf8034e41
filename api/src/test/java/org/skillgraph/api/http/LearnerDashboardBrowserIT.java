package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.skillgraph.engine.access.AccessRole;

/** The learner dashboard in a real browser: every number shown is the API's. */
class LearnerDashboardBrowserIT {

    private static final String PERSON = "p-042";

    @RegisterExtension
    static final BrowserSession session = BrowserSession.signedInAs(AccessRole.COORDINATOR);

    @Test
    void shouldShowTheReadinessAndGapOfAPersonPickedFromTheList() {
        session.load("/ui/learner.html");
        session.await(By.id("person-filter")).sendKeys(PERSON);
        new Select(session.driver().findElement(By.id("person"))).selectByValue(PERSON);
        session.driver().findElement(By.id("open-person")).click();

        var person = session.json("GET", "/api/v1/people/" + PERSON);
        session.awaitText(By.id("person-name"), person.get("name").asText());
        var gap = session.json("GET", "/api/v1/people/" + PERSON + "/gap").get("gap");
        session.await(By.cssSelector("[data-field='readiness']"));

        assertThat(text("[data-field='readiness']"))
                .isEqualTo(percent(gap.get("readiness").asDouble()));
        assertThat(text("[data-field='skills-met']"))
                .isEqualTo(gap.get("skillsMet").asInt() + " of "
                        + gap.get("skillsTotal").asInt());
        assertThat(text("[data-field='essential-gaps']"))
                .isEqualTo(gap.get("essentialGaps").asText());
        assertThat(text("[data-field='target-role']"))
                .isEqualTo(person.at("/targetRole/title").asText());
        assertThat(session.driver().findElements(By.cssSelector("#gap-table tbody tr")))
                .hasSize(gap.get("skills").size());
        gap.get("skills").forEach(skill -> {
            var row = "#gap-table tr[data-skill='" + skill.get("skillId").asText() + "'] ";
            assertThat(text(row + "[data-field='required']"))
                    .isEqualTo(skill.get("requiredLevel").asText());
            assertThat(text(row + "[data-field='held']"))
                    .isEqualTo(skill.get("currentLevel").asText());
        });
        assertThat(session.driver().getCurrentUrl()).endsWith("?person=" + PERSON);
    }

    @Test
    void shouldShowTheRouteCoachesAndCareerRoutesAsTheApiAnswersThem() {
        session.load("/ui/learner.html?person=" + PERSON);
        var route = session.json("GET", "/api/v1/people/" + PERSON + "/route").get("route");
        var coaches = session.json("GET", "/api/v1/people/" + PERSON + "/coaches?k=5");
        var target = session.json("GET", "/api/v1/people/" + PERSON)
                .at("/targetRole/id")
                .asText();
        var careers = session.json("GET", "/api/v1/people/" + PERSON + "/career-routes?to=" + target + "&k=3");

        session.await(By.cssSelector("[data-field='total-hours']"));
        session.until(d -> d.findElements(By.cssSelector("ol.coaches > li")).size()
                == coaches.get("candidates").size());
        session.until(
                d -> d.findElements(By.cssSelector("#career-routes > ol > li")).size()
                        == careers.get("routes").size());
        session.until(d -> d.findElements(By.cssSelector("#progress-body [aria-busy]"))
                        .isEmpty()
                && d.findElements(By.cssSelector("#progress-body .loading")).isEmpty());

        assertThat(text("[data-field='total-hours']"))
                .isEqualTo(hours(route.get("totalHours").asDouble()));
        assertThat(text("[data-field='total-weeks']"))
                .isEqualTo(route.at("/schedule/totalWeeks").asText());
        assertThat(text("[data-field='module-count']"))
                .isEqualTo(String.valueOf(route.get("steps").size()));
        assertThat(session.driver().findElements(By.cssSelector("ol.timeline > li")))
                .hasSize(route.at("/schedule/weeks").size());
        var badges = route.at("/schedule/badgeMilestones");
        assertThat(session.driver().findElements(By.cssSelector("ol.timeline .tag.badge")))
                .hasSize(badges.size());
        assertThat(text("ol.coaches > li:first-child strong"))
                .isEqualTo(coaches.at("/candidates/0/coach/name").asText());
        assertThat(careers.get("routes").size()).isPositive();
        var progress = session.json("GET", "/api/v1/people/" + PERSON + "/progress");
        assertThat(text("#progress-body [data-field='progress-readiness']"))
                .as("the progress panel shows the server's answer")
                .isEqualTo(percent(progress.get("readiness").asDouble()));
        session.screenshot("learner");
    }

    @Test
    void shouldShowTheProblemWhenThePersonIsUnknown() {
        session.load("/ui/learner.html?person=p-nobody");
        var problem = BrowserSession.parse(
                session.call("GET", "/api/v1/people/p-nobody").body());

        session.await(By.cssSelector("#dashboard .problem"));

        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(text("#dashboard .problem-title"))
                .contains(problem.get("title").asText());
        assertThat(text("#dashboard .problem-detail"))
                .isEqualTo(problem.get("detail").asText());
        assertThat(text("#dashboard .problem-code")).contains("404");
        session.screenshot("learner-error");
    }

    private static String text(String css) {
        return session.driver().findElement(By.cssSelector(css)).getText();
    }

    /** As the page writes a share: whole percent. */
    static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    /** As the page writes hours: whole numbers bare, else one decimal. */
    static String hours(double h) {
        return h == Math.rint(h) ? (long) h + " h" : String.format(Locale.ROOT, "%.1f h", h);
    }
}
