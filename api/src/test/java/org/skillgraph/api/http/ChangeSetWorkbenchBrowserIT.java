package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.skillgraph.engine.access.AccessRole;

/**
 * A designer brings in a framework's next version in the browser: the change set's counts and impact are the
 * API's, the removed skill is replaced by the suggested successor, and the apply migrates a holding of it.
 */
class ChangeSetWorkbenchBrowserIT {

    private static final String V1 = "{\"frameworks\": [{\"id\": \"pantry\", \"title\": \"Pantry skills\"}],"
            + " \"defaultFramework\": \"pantry\","
            + " \"skills\": [{\"id\": \"pickling\", \"name\": \"Pickling\"}, {\"id\": \"curing\", \"name\": \"Curing\"}],"
            + " \"people\": [{\"id\": \"p-pantry-1\", \"name\": \"Pat Pantry\","
            + " \"holds\": [{\"skill\": \"curing\", \"level\": 3, \"source\": \"assessment\", \"at\": \"2026-10-01\"}]}]}";

    /** The next version renames pickling and gives curing a new id ("meat-curing"): a removal with a same-label successor. */
    private static final String V2 = "{\"frameworks\": [{\"id\": \"pantry\", \"title\": \"Pantry skills\"}],"
            + " \"defaultFramework\": \"pantry\","
            + " \"skills\": [{\"id\": \"pickling\", \"name\": \"Pickling and fermenting\"},"
            + " {\"id\": \"meat-curing\", \"name\": \"Curing\"}]}";

    @RegisterExtension
    static final BrowserSession session = BrowserSession.signedInAs(AccessRole.ADMIN);

    @Test
    void shouldReviewChooseAndApplyAChangeSetAsTheApiDoes() {
        var imported = session.send("POST", "/api/v1/import", null, V1);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        session.signIn(AccessRole.DESIGNER, null);
        session.load("/ui/changesets.html?framework=pantry");
        session.await(By.cssSelector("#versions p, #versions table"));
        new Select(session.driver().findElement(By.id("cs-format"))).selectByValue("bundle");
        session.driver().findElement(By.id("cs-source")).sendKeys("pantry-2027");
        session.driver().findElement(By.id("cs-pasted")).sendKeys(V2);
        session.driver().findElement(By.id("make-cs")).click();

        var summary = session.await(By.id("cs-summary"));
        var id = summary.getAttribute("data-change-set");
        var view = session.json("GET", "/api/v1/frameworks/pantry/changesets/" + id);
        var cs = view.has("changeSet") ? view.get("changeSet") : view;
        assertThat(cs.at("/counts/skill-removed").asInt()).isEqualTo(1);
        assertThat(summary.getText()).contains("1 skills removed").contains("1 skills renamed");
        assertThat(session.driver()
                        .findElement(By.cssSelector("#impact [data-field='holders']"))
                        .getText())
                .isEqualTo(String.valueOf(count(cs.at("/impact/holders"))));
        var choice = session.driver().findElement(By.cssSelector("#skill-choices li[data-skill='curing']"));
        assertThat(choice.getText()).contains("suggested successor meat-curing");
        assertThat(new Select(session.driver().findElement(By.id("choice-0")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("replace");
        AxeCheck.assertAccessible(session.driver(), "framework versions with a change set");

        session.driver().findElement(By.id("apply-cs")).click();
        session.await(By.id("applied"));

        var after = session.json("GET", "/api/v1/frameworks/pantry/changesets/" + id);
        assertThat((after.has("changeSet") ? after.get("changeSet") : after)
                        .get("status")
                        .asText())
                .isEqualTo("applied");
        var holds = session.json("GET", "/api/v1/people/p-pantry-1");
        assertThat(holds.toString()).contains("meat-curing").contains("\"curing\"");
        session.awaitText(By.cssSelector("#versions"), "pantry-2027");
    }

    private static int count(JsonNode part) {
        return part.isObject() ? part.get("count").asInt() : part.asInt();
    }
}
