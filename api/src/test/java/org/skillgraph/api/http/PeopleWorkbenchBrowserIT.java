package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.skillgraph.engine.access.AccessRole;

/**
 * Learners, reviewers, coordinators and admins acting in the browser: the role picker, a claim sent and
 * reviewed, a cohort's coach assignment committed, a token issued and revoked.
 */
class PeopleWorkbenchBrowserIT {

    /** Demo people: p-173 has no target role; p-008 (the demo learner) reports to no reviewer but admins. */
    private static final String WITHOUT_TARGET = "p-173";

    private static final String LEARNER = "p-008";

    @RegisterExtension
    static final BrowserSession session = BrowserSession.signedInAs(AccessRole.ADMIN);

    @Test
    void shouldOfferEveryRoleWithItsReadinessWhenAPersonHasNoTarget() {
        session.signIn(AccessRole.ADMIN, null);
        session.load("/ui/learner.html?person=" + WITHOUT_TARGET);

        session.await(By.cssSelector("#role-picker li"));
        var roles = session.json("GET", "/api/v1/roles?limit=200").get("items");
        var entries = session.driver().findElements(By.cssSelector("#role-picker li"));
        assertThat(entries).hasSize(roles.size());
        assertThat(session.driver().findElements(By.cssSelector("#dashboard .problem")))
                .isEmpty();
        var first = entries.get(0).getAttribute("data-role");
        var gap = session.json("GET", "/api/v1/people/" + WITHOUT_TARGET + "/gap?role=" + first)
                .get("gap");
        assertThat(entries.get(0)
                        .findElement(By.cssSelector("[data-field='role-readiness']"))
                        .getText())
                .isEqualTo(
                        LearnerDashboardBrowserIT.percent(gap.get("readiness").asDouble()));

        entries.get(0).findElement(By.tagName("button")).click();

        session.await(By.cssSelector("[data-field='total-hours']"));
        assertThat(session.driver().getCurrentUrl()).contains("role=" + first);
        var route = session.json("GET", "/api/v1/people/" + WITHOUT_TARGET + "/route?role=" + first)
                .get("route");
        assertThat(session.driver()
                        .findElement(By.cssSelector("[data-field='total-hours']"))
                        .getText())
                .isEqualTo(
                        LearnerDashboardBrowserIT.hours(route.get("totalHours").asDouble()));
    }

    @Test
    void shouldLetALearnerRateThemselfAndAReviewerAcceptIt() {
        session.signIn(AccessRole.LEARNER, LEARNER);
        session.load("/ui/learner.html?person=p-042");

        session.awaitText(By.id("other-person"), "only opens your own dashboard");
        session.awaitText(By.id("person-name"), "(you)");
        session.await(By.id("claim-form"));
        new Select(session.driver().findElement(By.id("claim-skill"))).selectByValue("bi-tooling");
        new Select(session.driver().findElement(By.id("claim-level"))).selectByValue("2");
        session.driver().findElement(By.id("claim-note")).sendKeys("I built our team dashboards");
        session.driver().findElement(By.id("claim-send")).click();
        session.awaitText(By.id("claim-result"), "waiting for review");
        var claim = session.json("GET", "/api/v1/people/" + LEARNER + "/claims?status=pending")
                .get("items")
                .get(0);
        assertThat(claim.get("skillId").asText()).isEqualTo("bi-tooling");

        session.signIn(AccessRole.ADMIN, null);
        session.load("/ui/reviews.html");
        var card =
                session.await(By.cssSelector("li[data-claim='" + claim.get("id").asText() + "']"));
        assertThat(card.getText()).contains("I built our team dashboards");
        new Select(card.findElement(By.tagName("select"))).selectByValue("1");
        card.findElement(By.cssSelector("button.accept")).click();

        session.until(d -> d.findElements(
                        By.cssSelector("li[data-claim='" + claim.get("id").asText() + "']"))
                .isEmpty());
        var decided = session.json("GET", "/api/v1/people/" + LEARNER + "/claims?status=accepted")
                .get("items")
                .get(0);
        assertThat(decided.get("id").asText()).isEqualTo(claim.get("id").asText());
        assertThat(decided.get("grantedLevel").asInt()).isEqualTo(1);
    }

    @Test
    void shouldCommitACohortsCoachAssignmentAfterItsDryRun() {
        session.signIn(AccessRole.ADMIN, null);
        var dryRun = session.json("POST", "/api/v1/cohorts/c-2026-q1-data-analysts/coach-assignment");
        session.load("/ui/cohort.html?cohort=c-2026-q1-data-analysts");

        session.await(By.id("commit-assignment"));
        assertThat(session.driver()
                        .findElement(By.cssSelector("#assignment-result [data-field='assignments']"))
                        .getText())
                .isEqualTo(String.valueOf(dryRun.get("assignments").size()));
        session.driver().findElement(By.id("commit-assignment")).click();

        session.await(By.cssSelector("#assignment-summary[data-committed='true']"));
        var pair = session.driver().findElement(By.cssSelector("#assignment-result tr[data-learner]"));
        // The pair exists now: ending it answers the pair with the day it ended.
        var ended = session.json(
                "DELETE",
                "/api/v1/people/" + pair.getAttribute("data-coach") + "/coaching/" + pair.getAttribute("data-learner"));
        assertThat(ended.get("learnerId").asText()).isEqualTo(pair.getAttribute("data-learner"));
        assertThat(ended.get("endedAt").isNull()).isFalse();
    }

    @Test
    void shouldIssueATokenShowingItsSecretOnceAndRevokeIt() {
        session.signIn(AccessRole.ADMIN, null);
        session.load("/ui/admin.html");
        new Select(session.await(By.id("token-role"))).selectByValue("learner");
        session.driver().findElement(By.id("token-person")).sendKeys("p-042");
        session.driver().findElement(By.id("token-label")).sendKeys("workbench test");
        session.driver().findElement(By.id("issue")).click();

        var secret = session.await(By.id("secret")).getAttribute("value");
        var me = session.send("GET", "/api/v1/me", secret, null);
        assertThat(me.statusCode()).isEqualTo(200);
        var tokenId = BrowserSession.parse(me.body()).get("tokenId").asText();
        assertThat(BrowserSession.parse(me.body()).get("personId").asText()).isEqualTo("p-042");
        session.await(By.cssSelector("button[aria-label='Revoke " + tokenId + "']"))
                .click();

        session.awaitText(By.cssSelector("tr[data-token='" + tokenId + "'] [data-field='state']"), "revoked");
        assertThat(session.send("GET", "/api/v1/me", secret, null).statusCode()).isEqualTo(401);
        session.await(By.cssSelector("#audit-table tbody tr"));
    }
}
