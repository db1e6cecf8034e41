package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.skillgraph.engine.access.AccessRole;

/** The pages under access control: a learner's own dashboard, the token on every call, 401 and 403. */
class AccessBrowserIT {

    private static final String LEARNER = "p-042";

    @RegisterExtension
    static final BrowserSession session = BrowserSession.anonymous();

    private String recorder;

    @AfterEach
    void signOut() {
        if (recorder != null) {
            session.unstub(recorder);
        }
        ((JavascriptExecutor) session.driver()).executeScript("sessionStorage.clear()");
    }

    @Test
    void shouldOpenTheLearnersOwnDashboardAndSendTheTokenOnEveryCall() {
        var token = ApiFixture.token(AccessRole.LEARNER, LEARNER);
        recorder = session.stubApi(Map.of());
        session.load("/ui/");
        session.await(By.id("token")).sendKeys(token, Keys.ENTER);

        session.awaitText(By.id("person-name"), "(you)");
        session.await(By.cssSelector("[data-field='total-hours']"));
        session.await(By.cssSelector("[data-field='readiness']"));

        var gap = session.json("GET", "/api/v1/people/" + LEARNER + "/gap").get("gap");
        assertThat(session.driver().getCurrentUrl()).endsWith("/ui/learner.html");
        assertThat(session.driver().findElement(By.id("picker")).isDisplayed()).isFalse();
        assertThat(session.driver().findElement(By.cssSelector("#auth .who")).getText())
                .isEqualTo("Signed in as learner (" + LEARNER + ")");
        assertThat(session.driver()
                        .findElement(By.cssSelector("[data-field='readiness']"))
                        .getText())
                .isEqualTo(
                        LearnerDashboardBrowserIT.percent(gap.get("readiness").asDouble()));
        var calls = calls();
        assertThat(calls).extracting(c -> c.get("path")).contains("/api/v1/me", "/api/v1/people/p-042/gap");
        assertThat(calls).allSatisfy(c -> assertThat(c.get("auth")).isEqualTo("Bearer " + token));
    }

    @Test
    void shouldSayThatASignInIsNeededWithoutAToken() {
        session.load("/ui/learner.html?person=" + LEARNER);
        var problem = BrowserSession.parse(
                session.anonymous("GET", "/api/v1/people/" + LEARNER).body());

        session.await(By.cssSelector("#dashboard .problem"));

        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(text("#dashboard .problem-detail"))
                .isEqualTo(problem.get("detail").asText());
        assertThat(text("#dashboard .problem-hint")).startsWith("Sign in");
        assertThat(session.driver().findElement(By.id("token")).isDisplayed()).isTrue();
    }

    @Test
    void shouldSayWhenTheTokensRoleMayNotSeeAPage() {
        session.signIn(AccessRole.LEARNER, LEARNER);
        session.load("/ui/cohort.html");

        session.await(By.id("not-for-role"));

        assertThat(text("#not-for-role")).startsWith("This page is not available to a learner token");
        assertThat(session.driver().findElements(By.cssSelector("nav.pages a")))
                .extracting(a -> a.getText())
                .containsExactly("Explorer", "My plan");
    }

    @Test
    void shouldDropARefusedTokenAndSaySo() {
        session.load("/ui/explorer.html");
        session.await(By.id("token")).sendKeys("not-a-token", Keys.ENTER);

        session.awaitText(By.cssSelector("#auth .auth-error"), "refused");

        assertThat(((JavascriptExecutor) session.driver())
                        .executeScript("return sessionStorage.getItem('skillgraph.token')"))
                .isNull();
    }

    private static String text(String css) {
        return session.driver().findElement(By.cssSelector(css)).getText();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> calls() {
        return (List<Map<String, Object>>)
                ((JavascriptExecutor) session.driver()).executeScript("return window.apiCalls");
    }
}
