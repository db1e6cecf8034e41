package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.skillgraph.engine.access.AccessRole;

/**
 * The priorities page for a designer at 400 px: the ranked gaps and sessions are the API's, in its order, and the
 * business cases (a module to build, a module to retire) say what the what-if answers for the same people.
 */
class PrioritiesWorkbenchBrowserIT {

    private static final String COHORT = "c-2026-q1-data-analysts";

    /** Priorities replan every member's route per candidate: on a busy machine that takes a while. */
    private static final Duration SLOW = Duration.ofSeconds(240);

    @RegisterExtension
    static final BrowserSession session = BrowserSession.signedInAs(AccessRole.ADMIN);

    @Test
    void shouldRankAsTheApiDoesAndWorkOutBusinessCasesForTheSamePeople() {
        session.signIn(AccessRole.DESIGNER, null);
        session.driver().manage().window().setSize(new Dimension(400, 1000));
        try {
            session.load("/ui/priorities.html?cohort=" + COHORT);
            new WebDriverWait(session.driver(), SLOW)
                    .until(d ->
                            !d.findElements(By.cssSelector("#modules-table")).isEmpty());
            var report = session.json("GET", "/api/v1/metrics/priorities?cohort=" + COHORT + "&limit=10");

            assertThat(attributes("#skills-table tbody tr", "data-skill"))
                    .isEqualTo(ids(report.get("skills"), "skillId"));
            assertThat(attributes("#modules-table tbody tr", "data-module"))
                    .isEqualTo(ids(report.get("modules"), "moduleId"));
            assertThat(session.driver()
                            .findElement(By.cssSelector("#skills-table tbody tr [data-field='explanation']"))
                            .getText())
                    .isEqualTo(report.at("/skills/0/explanation").asText());
            AxeCheck.assertAccessible(session.driver(), "priorities at 400 px");

            // A module nobody has built: the docs' six-hour video on query tuning.
            session.await(By.id("c-title")).sendKeys("Query tuning sprint");
            var hours = session.driver().findElement(By.id("c-hours"));
            hours.clear();
            hours.sendKeys("6");
            new Select(session.driver().findElement(By.id("c-modality"))).selectByValue("video");
            new Select(session.driver().findElement(By.id("c-skill"))).selectByValue("query-tuning");
            new Select(session.driver().findElement(By.id("c-level"))).selectByValue("3");
            session.driver().findElement(By.id("c-assumes")).sendKeys("sql:3");
            session.driver().findElement(By.id("run-case")).click();
            var built = whatIf("{\"changes\":[{\"op\":\"add-module\",\"module\":\"m-proposed-query-tuning-sprint\","
                    + "\"title\":\"Query tuning sprint\",\"hours\":6,\"modality\":\"video\","
                    + "\"teaches\":[{\"skill\":\"query-tuning\",\"level\":3}],\"assumes\":[{\"skill\":\"sql\",\"level\":3}]}],"
                    + "\"population\":{\"cohort\":\"" + COHORT + "\"}}");
            assertThat(built.at("/people/hoursSaved").asDouble()).isPositive();
            awaitCase("Building Query tuning sprint", built);

            // Retiring the first module of the sessions list, from its row.
            var first = report.at("/modules/0/moduleId").asText();
            session.driver()
                    .findElement(By.cssSelector("#modules-table tr[data-module='" + first + "'] button.retire"))
                    .click();
            var retired = whatIf("{\"changes\":[{\"op\":\"retire-module\",\"module\":\"" + first + "\"}],"
                    + "\"population\":{\"cohort\":\"" + COHORT + "\"}}");
            awaitCase("Retiring " + report.at("/modules/0/title").asText(), retired);
        } finally {
            session.driver().manage().window().setSize(new Dimension(1400, 1000));
        }
    }

    private static JsonNode whatIf(String body) {
        var response = session.send("POST", "/api/v1/curriculum/what-if", null, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return BrowserSession.parse(response.body());
    }

    /** Waits for the case titled {@code title}, then holds its summary and role count to the API's answer. */
    private static void awaitCase(String title, JsonNode answer) {
        new WebDriverWait(session.driver(), SLOW)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#case h3")).stream()
                        .anyMatch(h -> h.getText().equals(title)));
        assertThat(session.driver().findElement(By.id("case-summary")).getText())
                .isEqualTo(answer.at("/people/summary").asText());
        assertThat(session.driver().findElement(By.id("case-roles")).getText())
                .startsWith(answer.get("rolesChanged").asInt() + " ");
    }

    private static List<String> attributes(String css, String attribute) {
        return session.driver().findElements(By.cssSelector(css)).stream()
                .map(e -> e.getAttribute(attribute))
                .toList();
    }

    private static List<String> ids(JsonNode items, String field) {
        var result = new ArrayList<String>();
        items.forEach(i -> result.add(i.get(field).asText()));
        return result;
    }
}
