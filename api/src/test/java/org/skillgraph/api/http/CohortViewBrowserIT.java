package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.skillgraph.engine.access.AccessRole;

/** The cohort view in a real browser: readiness side by side, the coach assignment dry run, the measurement panels. */
class CohortViewBrowserIT {

    private static final String COHORT = "c-2026-q1-data-analysts";

    @RegisterExtension
    static final BrowserSession session = BrowserSession.signedInAs(AccessRole.COORDINATOR);

    @Test
    void shouldShowEachMembersReadinessAndTheDryRunAsTheApiAnswersThem() {
        session.load("/ui/cohort.html?cohort=" + COHORT);
        var readiness = new LinkedHashMap<String, String>();
        session.json("GET", "/api/v1/cohorts/" + COHORT + "/members?limit=200")
                .get("items")
                .forEach(member -> {
                    var id = member.get("id").asText();
                    var gap = session.call("GET", "/api/v1/people/" + id + "/gap");
                    if (gap.statusCode() == 200) {
                        var share = BrowserSession.parse(gap.body())
                                .at("/gap/readiness")
                                .asDouble();
                        readiness.put(id, LearnerDashboardBrowserIT.percent(share));
                    }
                });
        var dryRun = session.json("POST", "/api/v1/cohorts/" + COHORT + "/coach-assignment");

        session.until(
                d -> d.findElements(By.cssSelector("#readiness-table tbody tr")).size() == readiness.size());
        session.awaitText(
                By.cssSelector("[data-field='assignments']"),
                String.valueOf(dryRun.get("assignments").size()));
        session.until(
                d -> d.findElements(By.cssSelector("#cohort-view .loading")).isEmpty());

        assertThat(readiness).isNotEmpty();
        readiness.forEach((id, shown) -> assertThat(
                        text("#readiness-table tr[data-person='" + id + "'] [data-field='readiness']"))
                .as(id)
                .isEqualTo(shown));
        assertThat(session.driver().findElements(By.cssSelector("#common-gaps-body svg rect")))
                .isNotEmpty();
        assertThat(session.driver().findElements(By.cssSelector("#cohort-view .problem")))
                .as("measurement panels render, never an error")
                .isEmpty();
        assertThat(session.driver().findElements(By.cssSelector("#cohort-view .not-available")))
                .as("this server answers every measurement endpoint")
                .isEmpty();
        assertThat(session.driver().findElements(By.cssSelector("#ttc-table, #modules-table, #rule-segments")))
                .hasSize(3);
        session.screenshot("cohort");
    }

    @Test
    void shouldShowTheProblemWhenTheCohortIsUnknown() {
        session.load("/ui/cohort.html?cohort=c-nobody");
        var problem = BrowserSession.parse(
                session.call("GET", "/api/v1/cohorts/c-nobody/members").body());

        session.await(By.cssSelector("#cohort-view .problem"));

        assertThat(text("#cohort-view .problem-title"))
                .contains(problem.get("title").asText());
        assertThat(text("#cohort-view .problem-detail"))
                .isEqualTo(problem.get("detail").asText());
    }

    private static String text(String css) {
        return session.driver().findElement(By.cssSelector(css)).getText();
    }
}
