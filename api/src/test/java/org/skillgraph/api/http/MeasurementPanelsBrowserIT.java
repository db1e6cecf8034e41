package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.skillgraph.engine.access.AccessRole;

/**
 * The panels fed by endpoints being built beside the UI (progress, segments, time to competency, module
 * drop-off), given answers in the shapes those endpoints are taking; the browser answers them itself, so
 * these hold the renderers whether or not this server has the endpoints yet.
 */
class MeasurementPanelsBrowserIT {

    private static final String COHORT = "c-2026-q1-data-analysts";
    private static BrowserSession session;
    private String stub;

    @BeforeAll
    static void start() {
        session = BrowserSession.open();
        session.signIn(AccessRole.COORDINATOR, null);
    }

    @AfterAll
    static void stop() {
        if (session != null) {
            session.close();
        }
    }

    @AfterEach
    void unstub() {
        if (stub != null) {
            session.unstub(stub);
        }
    }

    @Test
    void shouldDrawTheReadinessHistoryAndListsOfAPersonsProgress() {
        stub = session.stubApi(Map.of(
                "/api/v1/people/p-042/progress",
                ok(Map.of(
                        "personId",
                        "p-042",
                        "readiness",
                        0.76,
                        "targetSince",
                        "2026-01-12",
                        "readinessHistory",
                        List.of(
                                Map.of("at", "2026-09-30", "readiness", 0.61, "essentialGaps", 3),
                                Map.of("at", "2026-10-31", "readiness", 0.7, "essentialGaps", 2),
                                Map.of("at", "2026-11-29", "readiness", 0.76, "essentialGaps", 2)),
                        "badges",
                        List.of(Map.of(
                                "badgeId",
                                "b-sql",
                                "name",
                                "SQL Practitioner",
                                "earnedAt",
                                "2026-05-02",
                                "status",
                                "valid")),
                        "overdueRefreshes",
                        List.of()))));

        session.load("/ui/learner.html?person=p-042");

        session.awaitText(By.cssSelector("#progress-body [data-field='progress-readiness']"), "76 %");
        assertThat(session.driver().findElements(By.cssSelector("#progress-body svg circle")))
                .hasSize(3);
        assertThat(session.driver().findElement(By.id("progress-body")).getText())
                .contains("Badges earned (1)", "SQL Practitioner — 2026-05-02 (valid)", "Levels to refresh (0)");
    }

    @Test
    void shouldDrawSegmentsTimeToCompetencyAndDropOffOfACohort() {
        stub = session.stubApi(Map.of(
                "/api/v1/cohorts/" + COHORT + "/segments",
                ok(Map.of(
                        "cohortId", COHORT,
                        "rules", List.of(),
                        "unsegmented", List.of(),
                        "automatic",
                                Map.of(
                                        "segments",
                                        List.of(Map.of(
                                                "id",
                                                "s-1",
                                                "name",
                                                "SQL first",
                                                "members",
                                                List.of(Map.of("id", "p-042", "name", "Niamh Adeyemi")),
                                                "meanReadiness",
                                                0.5,
                                                "entryPoint",
                                                List.of(Map.of(
                                                        "moduleId",
                                                        "m-sql-advanced",
                                                        "title",
                                                        "Advanced SQL",
                                                        "members",
                                                        1,
                                                        "meanPosition",
                                                        0.0)),
                                                "profile",
                                                List.of()))))),
                "/api/v1/metrics/time-to-competency",
                ok(Map.of(
                        "all",
                        Map.of(
                                "name", "all",
                                "people", 12,
                                "reached", 4,
                                "medianDays", 120,
                                "distribution",
                                        List.of(
                                                Map.of("fromDay", 0, "toDay", 90, "reached", 1, "censored", 0),
                                                Map.of("fromDay", 90, "toDay", 180, "reached", 3, "censored", 2))))),
                "/api/v1/metrics/modules",
                ok(Map.of(
                        "dropOffDays",
                        60,
                        "people",
                        12,
                        "modules",
                        List.of(Map.of("moduleId", "m-sql-advanced", "title", "Advanced SQL", "dropOffRate", 0.25))))));

        session.load("/ui/cohort.html?cohort=" + COHORT);

        session.awaitText(By.id("segments-body"), "SQL first — 1 members, mean readiness 50 %");
        session.awaitText(By.id("time-to-competency-body"), "120");
        session.awaitText(By.id("drop-off-body"), "25 %");
        assertThat(session.driver().findElement(By.id("segments-body")).getText())
                .contains("Start with: Advanced SQL");
        assertThat(session.driver().findElements(By.cssSelector("#time-to-competency-body svg rect")))
                .hasSize(2);
        session.until(
                d -> d.findElements(By.cssSelector("#cohort-view .loading")).isEmpty());
        session.screenshot("cohort-measurements");
    }

    private static Map<String, Object> ok(Object body) {
        return Map.of("status", 200, "body", body);
    }
}
