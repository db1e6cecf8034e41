package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.skillgraph.engine.access.AccessRole;

/** A designer authoring in the browser: stale edits, cycles, dependents, the what-if preview. */
class AuthoringBrowserIT {

    @RegisterExtension
    static final BrowserSession session = BrowserSession.signedInAs(AccessRole.DESIGNER);

    @Test
    void shouldRefuseAnEditOfAChangedSkillAndCompareItWithTheCurrentVersion() throws Exception {
        session.load("/ui/author.html?kind=skill&id=spreadsheets");
        session.await(By.id("f-name"));
        // Another designer renames the skill meanwhile, with the tag they read.
        var read = session.call("GET", "/api/v1/skills/spreadsheets");
        var body = (ObjectNode) BrowserSession.parse(read.body());
        var edit = ApiFixture.JSON.createObjectNode().put("name", "Spreadsheets, renamed elsewhere");
        edit.put("kind", body.get("kind").asText());
        edit.set("aliases", body.get("aliases"));
        edit.set("topics", ids(body.get("topics"), "id"));
        var requires = edit.putArray("requires");
        body.get("prerequisites")
                .forEach(p -> requires.addObject()
                        .put("skill", p.get("id").asText())
                        .put("level", p.get("level").asInt()));
        var other = session.send(
                "PUT",
                "/api/v1/skills/spreadsheets",
                null,
                edit.toString(),
                "If-Match",
                read.headers().firstValue("ETag").orElseThrow());
        assertThat(other.statusCode()).as(other.body()).isEqualTo(200);

        input("f-description", "Pivot tables and lookups");
        click("save");

        session.await(By.cssSelector("#edit-problem[data-code='stale-write']"));
        assertThat(text("#edit-problem .problem-title")).isEqualTo("Someone changed this since you opened it");
        click("compare");
        session.await(By.id("compare-table"));
        assertThat(text("#compare-table tr[data-field='name'] td:nth-child(3)"))
                .isEqualTo("Spreadsheets, renamed elsewhere");
        assertThat(text("#compare-table tr[data-field='description'] td:nth-child(2)"))
                .isEqualTo("Pivot tables and lookups");
        click("take-theirs");
        session.until(d -> "Spreadsheets, renamed elsewhere"
                .equals(d.findElement(By.id("f-name")).getAttribute("value")));
        assertThat(BrowserSession.parse(session.call("GET", "/api/v1/skills/spreadsheets")
                                .body())
                        .get("description")
                        .isNull())
                .as("the stale edit wrote nothing")
                .isTrue();
    }

    @Test
    void shouldExplainAPrerequisiteCycleWithALinkToEachSkillOnIt() {
        var refused = session.send(
                "PUT", "/api/v1/skills/relational-modelling/prerequisites/query-tuning", null, "{\"level\": 2}");
        assertThat(refused.statusCode()).isEqualTo(409);
        var cycle = new ArrayList<String>();
        BrowserSession.parse(refused.body()).get("cycle").forEach(id -> cycle.add(id.asText()));

        session.load("/ui/author.html?kind=skill&id=relational-modelling");
        session.await(By.id("add-requires")).click();
        var rows = session.driver().findElements(By.cssSelector("[data-rows='requires'] tbody tr"));
        var last = rows.get(rows.size() - 1);
        last.findElement(By.cssSelector("[id$='-skill']")).sendKeys("query-tuning");
        last.findElement(By.cssSelector("[id$='-level']")).sendKeys("2");
        click("save");

        session.await(By.cssSelector("#edit-problem[data-code='prerequisite-cycle']"));
        assertThat(session.driver().findElements(By.cssSelector("#edit-problem .cycle a")))
                .extracting(a -> a.getAttribute("data-edit"))
                .containsExactlyElementsOf(cycle);
    }

    @Test
    void shouldListWhatStillUsesASkillBeforeDeletingIt() {
        var refused = session.send("DELETE", "/api/v1/skills/sql", null, null);
        assertThat(refused.statusCode()).isEqualTo(409);
        var roles = dependents(BrowserSession.parse(refused.body()), "roles");

        session.load("/ui/author.html?kind=skill&id=sql");
        session.await(By.id("delete")).click();
        session.await(By.id("confirm-delete")).click();

        session.await(By.cssSelector("#edit-problem[data-code='has-dependents']"));
        assertThat(text("#edit-problem li[data-kind='roles']"))
                .startsWith("roles: " + roles.get("count").asInt());
        assertThat(session.driver().findElements(By.cssSelector("#edit-problem li[data-kind='roles'] a")))
                .extracting(a -> a.getAttribute("data-edit"))
                .containsExactlyElementsOf(texts(roles.get("ids")));
        assertThat(session.driver().findElements(By.id("force-delete"))).hasSize(1);
        assertThat(session.call("GET", "/api/v1/skills/sql").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldPreviewRetiringAModuleAsTheWhatIfAnswersItWithoutWriting() {
        var whatIf = BrowserSession.parse(session.send(
                        "POST",
                        "/api/v1/curriculum/what-if",
                        null,
                        "{\"changes\": [{\"op\": \"retire-module\", \"module\": \"m-sql-advanced\"}]}")
                .body());
        var changed = new ArrayList<JsonNode>();
        whatIf.get("roles").forEach(r -> {
            if (r.get("deltaHours").asDouble() != 0
                    || !r.get("newlyUnreachable").isEmpty()) {
                changed.add(r);
            }
        });

        session.load("/ui/author.html?kind=module&id=m-sql-advanced");
        new org.openqa.selenium.support.ui.Select(session.await(By.id("f-status"))).selectByValue("retired");
        click("preview");

        session.await(By.id("whatif-summary"));
        assertThat(session.driver().findElement(By.id("whatif-summary")).getAttribute("data-roles"))
                .isEqualTo(String.valueOf(changed.size()));
        var first = changed.stream()
                .filter(r -> r.get("roleId").asText().equals("analytics-engineer"))
                .findFirst()
                .orElseThrow();
        assertThat(text("#whatif-table tr[data-role='analytics-engineer'] [data-field='delta']"))
                .isEqualTo(
                        LearnerDashboardBrowserIT.hours(first.get("deltaHours").asDouble()));
        assertThat(BrowserSession.parse(session.call("GET", "/api/v1/modules/m-sql-advanced")
                                .body())
                        .get("status")
                        .asText())
                .isEqualTo("published");
    }

    @Test
    void shouldCheckAMoodleFrameworkBeforeImportingIt() throws Exception {
        String csv;
        try (var in = AuthoringBrowserIT.class.getResourceAsStream("/interchange/moodle/c2i-referentiel.csv")) {
            csv = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        session.load("/ui/imports.html");
        new org.openqa.selenium.support.ui.Select(session.await(By.id("format"))).selectByValue("moodle");
        ((JavascriptExecutor) session.driver())
                .executeScript(
                        "const t = document.getElementById('pasted'); t.value = arguments[0];"
                                + " t.dispatchEvent(new Event('input'));",
                        csv);
        assertThat(session.driver().findElement(By.id("apply")).isEnabled()).isFalse();
        click("dry-run");

        session.await(By.cssSelector("#report-summary[data-dry-run='true']"));
        var created = Integer.parseInt(text("#changes-table tr[data-kind='skills'] [data-field='created']"));
        assertThat(created).isPositive();
        assertThat(session.call("GET", "/api/v1/frameworks/C2i0").statusCode())
                .as("a dry run writes nothing")
                .isEqualTo(404);
        click("apply");

        session.await(By.cssSelector("#report-summary[data-dry-run='false']"));
        assertThat(session.json("GET", "/api/v1/frameworks/C2i0")
                        .at("/counts/skills")
                        .asInt())
                .isEqualTo(created);
        assertThat(session.driver().findElement(By.id("apply")).isEnabled()).isFalse();
    }

    private static JsonNode dependents(JsonNode problem, String kind) {
        for (var d : problem.get("dependents")) {
            if (d.get("kind").asText().equals(kind)) {
                return d;
            }
        }
        throw new AssertionError("no " + kind + " in " + problem);
    }

    private static List<String> texts(JsonNode array) {
        var out = new ArrayList<String>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static JsonNode ids(JsonNode items, String field) {
        var out = ApiFixture.JSON.createArrayNode();
        items.forEach(i -> out.add(i.get(field).asText()));
        return out;
    }

    private static void input(String id, String value) {
        WebElement field = session.await(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private static void click(String id) {
        session.await(By.id(id)).click();
    }

    private static String text(String css) {
        return session.driver().findElement(By.cssSelector(css)).getText();
    }
}
