package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.LearnerDashboardBrowserIT.percent;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.skillgraph.engine.access.AccessRole;

/**
 * The measurement panels (a person's progress, a cohort's segments, time to competency and module drop-off)
 * against the real server over the demo organisation: what the page shows must equal the API's answer the
 * test fetches over HTTP. Answers the browser supplies itself are used only for what the demo data cannot
 * show: empty, suppressed and failed answers.
 */
class MeasurementPanelsBrowserIT {

    private static final String PERSON = "p-008";
    private static final String COHORT = "c-2026-q1-data-analysts";

    @RegisterExtension
    static final BrowserSession session = BrowserSession.signedInAs(AccessRole.COORDINATOR);

    private String stub;

    @AfterEach
    void unstub() {
        if (stub != null) {
            session.unstub(stub);
            stub = null;
        }
    }

    @Test
    void shouldShowTheReadinessHistoryMilestonesAndBadgesAsTheApiAnswersThem() {
        session.load("/ui/learner.html?person=" + PERSON);
        var progress = session.json("GET", "/api/v1/people/" + PERSON + "/progress");
        var history = progress.get("readinessHistory");

        session.awaitText(
                By.cssSelector("#progress-body [data-field='progress-readiness']"),
                percent(progress.get("readiness").asDouble()));

        assertThat(history.size()).isGreaterThan(1);
        assertThat(session.driver().findElements(By.cssSelector("#progress-body svg circle")))
                .hasSize(history.size());
        assertThat(session.driver().findElements(By.cssSelector("#history-table tbody tr")))
                .hasSize(history.size());
        history.forEach(point -> {
            var row = "#history-table tr[data-at='" + point.get("at").asText() + "'] ";
            assertThat(hiddenText(row + "[data-field='readiness']"))
                    .as(point.get("at").asText())
                    .isEqualTo(percent(point.get("readiness").asDouble()));
            assertThat(hiddenText(row + "[data-field='essential-gaps']"))
                    .isEqualTo(point.get("essentialGaps").asText());
        });
        assertThat(text("#progress-body [data-field='progress-essential-gaps']"))
                .isEqualTo(history.get(history.size() - 1).get("essentialGaps").asText());
        var steps = texts(progress.get("nextSteps"), "title");
        var shownSteps = listItems("nextSteps");
        assertThat(shownSteps).hasSize(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            assertThat(shownSteps.get(i)).startsWith(steps.get(i) + " (");
        }
        var withinReach = progress.get("badgesWithinReach");
        assertThat(withinReach).as("p-008's route earns a badge").isNotEmpty();
        assertThat(listItems("badgesWithinReach"))
                .containsExactlyElementsOf(StreamSupport.stream(withinReach.spliterator(), false)
                        .map(b -> b.get("badgeName").asText() + " — week "
                                + b.get("week").asInt() + " of the route")
                        .toList());
        assertThat(listItems("overdueRefreshes"))
                .hasSize(progress.get("overdueRefreshes").size());
        assertThat(text("#progress-body"))
                .contains("Badges earned (" + progress.get("badges").size() + ")");
    }

    @Test
    void shouldShowTheRuleSegmentsAndGapGroupsWithTheirEntryPointsAsTheApiAnswersThem() {
        session.load("/ui/cohort.html?cohort=" + COHORT);
        var answer = session.json("GET", "/api/v1/cohorts/" + COHORT + "/segments");
        var segments = new ArrayList<JsonNode>();
        answer.get("rules").forEach(segments::add);
        answer.at("/automatic/segments").forEach(segments::add);

        session.await(By.cssSelector("#segments-body li.segment"));

        assertThat(answer.get("rules")).as("the cohort defines rule segments").isNotEmpty();
        assertThat(answer.at("/automatic/segments")).isNotEmpty();
        assertThat(session.driver().findElements(By.cssSelector("#rule-segments > li")))
                .hasSize(answer.get("rules").size());
        assertThat(session.driver().findElements(By.cssSelector("#auto-segments > li")))
                .hasSize(answer.at("/automatic/segments").size());
        for (var segment : segments) {
            var li = "#segments-body li[data-segment='" + segment.get("id").asText() + "'] ";
            assertThat(text(li + "[data-field='segment-members']"))
                    .as(segment.get("id").asText())
                    .isEqualTo(String.valueOf(segment.get("members").size()));
            assertThat(text(li + "[data-field='segment-readiness']"))
                    .isEqualTo(percent(segment.get("meanReadiness").asDouble()));
            assertThat(text(li + "[data-field='segment-entry']"))
                    .isEqualTo("Start with: " + String.join(", ", texts(segment.get("entryPoint"), "title")));
        }
        assertThat(text("#segments-body [data-field='without-role']"))
                .contains(
                        "(" + answer.get("withoutRole").size() + ")",
                        answer.at("/withoutRole/0/name").asText());
    }

    @Test
    void shouldShowTimeToCompetencyQuartilesAndCensoredPeopleAsTheApiAnswersThem() {
        session.load("/ui/cohort.html?cohort=" + COHORT);
        var answer = session.json("GET", "/api/v1/metrics/time-to-competency?cohort=" + COHORT);

        session.await(By.id("ttc-table"));

        assertThat(answer.at("/all/censored").asInt())
                .as("the cohort has people still on the way")
                .isPositive();
        for (var name : List.of("all", "coached", "notCoached")) {
            var group = answer.get(name);
            var row = "#ttc-table tr[data-group='" + name + "'] ";
            if (group.get("suppressed").asBoolean()) {
                assertThat(text(row + "[data-field='suppressed']")).startsWith("suppressed");
                continue;
            }
            assertThat(text(row + "[data-field='people']"))
                    .as(name)
                    .isEqualTo(group.get("people").asText());
            assertThat(text(row + "[data-field='reached']"))
                    .isEqualTo(group.get("reached").asText());
            assertThat(text(row + "[data-field='censored']"))
                    .isEqualTo(group.get("censored").asText());
            assertThat(text(row + "[data-field='q1']")).isEqualTo(days(group.get("firstQuartileDays")));
            assertThat(text(row + "[data-field='median']")).isEqualTo(days(group.get("medianDays")));
            assertThat(text(row + "[data-field='q3']")).isEqualTo(days(group.get("thirdQuartileDays")));
        }
        var buckets = StreamSupport.stream(answer.at("/all/distribution").spliterator(), false)
                .filter(b -> b.get("reached").asInt() + b.get("censored").asInt() > 0)
                .toList();
        var anyReached = buckets.stream().anyMatch(b -> b.get("reached").asInt() > 0);
        var withCensored =
                buckets.stream().filter(b -> b.get("censored").asInt() > 0).count();
        assertThat(session.driver().findElements(By.cssSelector("#time-to-competency-body svg rect.bar.alt")))
                .as("the on-the-way histogram: a bar per day range with anyone in it")
                .hasSize(buckets.size());
        assertThat(session.driver().findElements(By.cssSelector("#time-to-competency-body svg rect.bar:not(.alt)")))
                .as("the reached histogram, drawn apart, when anyone has reached the target")
                .hasSize(anyReached ? buckets.size() : 0);
        assertThat(session.driver().findElements(By.cssSelector("#time-to-competency-body svg path.step")))
                .as("the Kaplan–Meier step curve")
                .hasSize(1);
        assertThat(session.driver().findElements(By.cssSelector("#time-to-competency-body svg line.censor")))
                .as("a censoring tick per day range with people still on the way")
                .hasSize((int) withCensored);
    }

    @Test
    void shouldShowModuleDropOffAndSuppressedModulesAsTheApiAnswersThem() {
        session.load("/ui/cohort.html?cohort=" + COHORT);
        var answer = session.json("GET", "/api/v1/metrics/modules?cohort=" + COHORT);
        var rated = StreamSupport.stream(answer.get("modules").spliterator(), false)
                .filter(m -> !m.get("suppressed").asBoolean())
                .toList();
        var suppressed = answer.get("modules").size() - rated.size();

        session.await(By.id("modules-table"));

        assertThat(rated).isNotEmpty();
        assertThat(session.driver().findElements(By.cssSelector("#modules-table tbody tr")))
                .hasSize(rated.size());
        for (var module : rated) {
            var row = "#modules-table tr[data-module='" + module.get("moduleId").asText() + "'] ";
            assertThat(text(row + "[data-field='enrolled']"))
                    .as(module.get("moduleId").asText())
                    .isEqualTo(module.get("enrolled").asText());
            assertThat(text(row + "[data-field='completed']"))
                    .isEqualTo(module.get("completed").asText());
            assertThat(text(row + "[data-field='dropped-off']"))
                    .isEqualTo(module.get("droppedOff").asText());
            assertThat(text(row + "[data-field='drop-off-rate']"))
                    .isEqualTo(percent(module.get("dropOffRate").asDouble()));
        }
        assertThat(text("#drop-off-body [data-field='suppressed-modules']")).startsWith(suppressed + " module(s)");
        assertThat(session.driver().findElements(By.cssSelector("#drop-off-body svg rect.bar")))
                .hasSize(Math.min(12, rated.size()));
    }

    @Test
    void shouldSayWhatIsMissingWhenAnswersAreEmptyOrSuppressed() {
        stub = session.stubApi(Map.of(
                "/api/v1/people/" + PERSON + "/progress",
                ok(Map.of("personId", PERSON, "readinessHistory", List.of(), "badges", List.of())),
                "/api/v1/cohorts/" + COHORT + "/segments",
                ok(Map.of(
                        "cohortId",
                        COHORT,
                        "rules",
                        List.of(),
                        "unsegmented",
                        List.of(),
                        "withoutRole",
                        List.of(),
                        "automatic",
                        Map.of("segments", List.of()))),
                "/api/v1/metrics/time-to-competency",
                ok(Map.of(
                        "minGroupSize",
                        3,
                        "all",
                        Map.of("name", "all", "suppressed", true, "distribution", List.of(), "curve", List.of()))),
                "/api/v1/metrics/modules",
                ok(Map.of(
                        "dropOffDays",
                        60,
                        "minGroupSize",
                        3,
                        "people",
                        2,
                        "modules",
                        List.of(Map.of("moduleId", "m-sql-advanced", "suppressed", true))))));

        session.load("/ui/learner.html?person=" + PERSON);
        session.awaitText(By.id("progress-body"), "No readiness history recorded yet.");
        assertThat(text("#progress-body")).contains("No target role", "Badges earned (0)");

        session.load("/ui/cohort.html?cohort=" + COHORT);
        session.awaitText(By.id("drop-off-body"), "No module has enough learners to rate (2 people).");
        session.awaitText(By.id("segments-body"), "This cohort defines no rule segments.");
        assertThat(text("#segments-body")).contains("No member to group.");
        assertThat(text("#ttc-table [data-field='suppressed']")).isEqualTo("suppressed (fewer than 3 people)");
        assertThat(text("#drop-off-body")).contains("1 module(s) with fewer than 3 learners are not shown.");
    }

    @Test
    void shouldShowTheProblemWhenAMeasurementAnswersWithAnError() {
        stub = session.stubApi(Map.of(
                "/api/v1/metrics/modules",
                Map.of(
                        "status",
                        500,
                        "body",
                        Map.of("title", "Internal error", "detail", "the metrics store is down", "status", 500))));

        session.load("/ui/cohort.html?cohort=" + COHORT);

        session.await(By.cssSelector("#drop-off-body .problem"));
        assertThat(text("#drop-off-body .problem-detail")).isEqualTo("the metrics store is down");
        assertThat(text("#drop-off-body .problem-code")).contains("500");
    }

    private static String days(JsonNode value) {
        return value == null || value.isNull() ? "not reached" : value.asLong() + " days";
    }

    private static List<String> texts(JsonNode items, String field) {
        return StreamSupport.stream(items.spliterator(), false)
                .map(item -> item.get(field).asText())
                .toList();
    }

    private static List<String> listItems(String list) {
        return session
                .driver()
                .findElements(By.cssSelector("#progress-body ul[data-list='" + list + "'] > li"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    private static String text(String css) {
        return session.driver().findElement(By.cssSelector(css)).getText();
    }

    /** Text of an element inside a closed details element, which Selenium's getText reports as empty. */
    private static String hiddenText(String css) {
        return session.driver().findElement(By.cssSelector(css)).getAttribute("textContent");
    }

    private static Map<String, Object> ok(Object body) {
        return Map.of("status", 200, "body", body);
    }
}
