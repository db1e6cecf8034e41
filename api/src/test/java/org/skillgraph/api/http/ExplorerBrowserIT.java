package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.skillgraph.engine.access.AccessRole;

/** The explorer in a real browser: search, the neighbourhood graph, expanding, filtering, validation. */
class ExplorerBrowserIT {

    @RegisterExtension
    static final BrowserSession session = BrowserSession.signedInAs(AccessRole.DESIGNER);

    @Test
    void shouldSearchFromTheKeyboardOpenTheNeighbourhoodAndExpandANode() {
        session.load("/ui/explorer.html");
        session.await(By.id("q")).sendKeys("query tuning", Keys.ENTER);
        session.await(By.cssSelector("button.result[data-id='query-tuning']")).click();

        session.awaitText(By.id("details-name"), "Query tuning");
        var first = session.json("GET", "/api/v1/graph/neighbourhood?id=query-tuning");
        session.until(d -> shown("nodes") == first.get("nodes").size());
        assertThat(shown("edges")).isEqualTo(edges(first).size());

        session.await(By.cssSelector("#node-list li[data-id='sql'] button.expand"))
                .click();
        var second = session.json("GET", "/api/v1/graph/neighbourhood?id=sql");
        var nodes = nodes(first);
        nodes.addAll(nodes(second));
        var edges = edges(first);
        edges.addAll(edges(second));
        session.until(d -> shown("nodes") == nodes.size());
        assertThat(nodes.size())
                .as("expanding SQL adds nodes")
                .isGreaterThan(first.get("nodes").size());
        assertThat(shown("edges")).isEqualTo(edges.size());
        session.screenshot("explorer");

        session.driver().findElement(By.id("type-REQUIRES")).click();
        var withoutRequires =
                edges.stream().filter(e -> !e.contains("|REQUIRES|")).count();
        session.until(d -> shown("edges") == withoutRequires);
        assertThat(withoutRequires).isLessThan(edges.size());
    }

    @Test
    void shouldShowTheNodesDetailsAndOpenALinkedNodeInPlace() {
        session.load("/ui/explorer.html?node=senior-data-analyst");
        session.awaitText(By.id("details-name"), "Senior Data Analyst");
        var role = session.json("GET", "/api/v1/roles/senior-data-analyst");

        session.await(By.cssSelector("#details a[data-node='sql']")).click();

        session.awaitText(By.id("details-name"), "SQL");
        assertThat(role.get("profile").size()).isPositive();
        assertThat(session.driver().getCurrentUrl()).endsWith("?node=sql");
    }

    @Test
    void shouldShowTheValidationReportAsTheApiAnswersIt() {
        session.load("/ui/explorer.html");
        var report = session.json("GET", "/api/v1/curriculum/validation");

        session.await(By.cssSelector("#validation [data-field='errors']"));

        assertThat(text("#validation [data-field='errors']"))
                .isEqualTo(report.get("errors").asText());
        assertThat(text("#validation [data-field='warnings']"))
                .isEqualTo(report.get("warnings").asText());
        assertThat(text("#validation [data-field='infos']"))
                .isEqualTo(report.get("infos").asText());
        assertThat(session.driver().findElements(By.cssSelector("#validation tr.finding")))
                .hasSize(report.get("findings").size());
    }

    @Test
    void shouldLinkEachValidationFindingToItsNodes() {
        // The demo organisation is clean, so the browser answers the report with one finding itself.
        var finding = Map.of(
                "kind", "requirement-not-taught",
                "severity", "error",
                "ids", List.of("sql", "data-analyst"),
                "message", "Role(s) data-analyst need sql above level 2",
                "fix", "Publish a module teaching sql");
        var stub = session.stubApi(Map.of(
                "/api/v1/curriculum/validation",
                Map.of(
                        "status",
                        200,
                        "body",
                        Map.of(
                                "graphVersion",
                                1,
                                "errors",
                                1,
                                "warnings",
                                0,
                                "infos",
                                0,
                                "counts",
                                Map.of(),
                                "findings",
                                List.of(finding),
                                "truncated",
                                false))));
        try {
            session.load("/ui/explorer.html");
            session.await(By.cssSelector("#validation tr.finding a[data-node='data-analyst']"))
                    .click();

            session.awaitText(By.id("details-name"), "Data Analyst");
            assertThat(text("#validation tr.finding")).contains("Publish a module teaching sql");
            assertThat(session.driver().getCurrentUrl()).endsWith("?node=data-analyst");
        } finally {
            session.unstub(stub);
        }
    }

    @Test
    void shouldShowTheProblemWhenTheNodeIsUnknown() {
        session.load("/ui/explorer.html?node=no-such-node");
        var problem = BrowserSession.parse(session.call("GET", "/api/v1/graph/neighbourhood?id=no-such-node")
                .body());

        session.await(By.cssSelector("#details .problem"));

        assertThat(text("#details .problem-title"))
                .contains(problem.get("title").asText());
        assertThat(text("#details .problem-detail"))
                .isEqualTo(problem.get("detail").asText());
    }

    private static long shown(String what) {
        var value = session.driver().findElement(By.id("graph-summary")).getAttribute("data-" + what);
        return Long.parseLong(value == null ? "0" : value);
    }

    private static String text(String css) {
        return session.driver().findElement(By.cssSelector(css)).getText();
    }

    private static Set<String> nodes(JsonNode answer) {
        var ids = new HashSet<String>();
        answer.get("nodes").forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    private static Set<String> edges(JsonNode answer) {
        var keys = new HashSet<String>();
        answer.get("edges")
                .forEach(e -> keys.add(e.get("source").asText() + "|"
                        + e.get("type").asText() + "|" + e.get("target").asText()));
        return keys;
    }
}
