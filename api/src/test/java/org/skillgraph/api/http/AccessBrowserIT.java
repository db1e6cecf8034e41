package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * How the pages behave with a token: the learner's own dashboard, the token on every call, and what a
 * 401 or 403 looks like. The browser answers {@code /me} and the refusals itself (see
 * {@link BrowserSession#stubApi}), so this holds the UI's side of access control.
 */
class AccessBrowserIT {

    private static final String TOKEN = "a-learner-token";
    private static BrowserSession session;
    private String stub;

    @BeforeAll
    static void start() {
        session = BrowserSession.open();
    }

    @AfterAll
    static void stop() {
        if (session != null) {
            session.close();
        }
    }

    @AfterEach
    void signOut() {
        if (stub != null) {
            session.unstub(stub);
        }
        ((JavascriptExecutor) session.driver()).executeScript("sessionStorage.clear()");
    }

    @Test
    void shouldOpenTheLearnersOwnDashboardAndSendTheTokenOnEveryCall() {
        stub = session.stubApi(Map.of("/api/v1/me", answer(200, Map.of("role", "learner", "personId", "p-042"))));
        session.load("/ui/");
        session.await(By.id("token")).sendKeys(TOKEN, Keys.ENTER);

        session.awaitText(By.id("person-name"), "(you)");
        session.await(By.cssSelector("[data-field='total-hours']"));

        assertThat(session.driver().getCurrentUrl()).endsWith("/ui/learner.html");
        assertThat(session.driver().findElement(By.id("picker")).isDisplayed()).isFalse();
        assertThat(session.driver().findElement(By.cssSelector("#auth .who")).getText())
                .isEqualTo("Signed in as learner (p-042)");
        var calls = calls();
        assertThat(calls).extracting(c -> c.get("path")).contains("/api/v1/people/p-042/gap");
        assertThat(calls).allSatisfy(c -> assertThat(c.get("auth")).isEqualTo("Bearer " + TOKEN));
    }

    @Test
    void shouldSayWhatToDoWhenTheApiAnswers401Or403() {
        stub = session.stubApi(Map.of(
                "/api/v1/people/p-042/gap",
                answer(401, problem(401, "Unauthorized", "A bearer token is required")),
                "/api/v1/people/p-042/route",
                answer(403, problem(403, "Forbidden", "A learner sees only their own data"))));
        session.load("/ui/learner.html?person=p-042");

        session.await(By.cssSelector("#readiness-body .problem"));
        session.await(By.cssSelector("#route-body .problem"));

        assertThat(session.driver()
                        .findElement(By.cssSelector("#readiness-body .problem-detail"))
                        .getText())
                .isEqualTo("A bearer token is required");
        assertThat(session.driver()
                        .findElement(By.cssSelector("#readiness-body .problem-hint"))
                        .getText())
                .startsWith("Sign in");
        assertThat(session.driver()
                        .findElement(By.cssSelector("#route-body .problem-title"))
                        .getText())
                .contains("Forbidden");
        assertThat(session.driver()
                        .findElement(By.cssSelector("#route-body .problem-hint"))
                        .getText())
                .contains("does not allow");
    }

    @Test
    void shouldDropARefusedTokenAndSaySo() {
        stub = session.stubApi(Map.of("/api/v1/me", answer(401, problem(401, "Unauthorized", "Unknown token"))));
        session.load("/ui/explorer.html");
        session.await(By.id("token")).sendKeys("a-wrong-token", Keys.ENTER);

        session.awaitText(By.cssSelector("#auth .auth-error"), "refused");

        assertThat(((JavascriptExecutor) session.driver())
                        .executeScript("return sessionStorage.getItem('skillgraph.token')"))
                .isNull();
    }

    private static Map<String, Object> answer(int status, Object body) {
        return Map.of("status", status, "body", body);
    }

    private static Map<String, Object> problem(int status, String title, String detail) {
        return Map.of("type", "about:blank", "title", title, "status", status, "detail", detail);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> calls() {
        return (List<Map<String, Object>>)
                ((JavascriptExecutor) session.driver()).executeScript("return window.apiCalls");
    }
}
