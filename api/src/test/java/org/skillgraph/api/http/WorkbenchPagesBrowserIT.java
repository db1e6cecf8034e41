package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.skillgraph.engine.access.AccessRole;

/**
 * Every page of the web UI at 1,400 and 400 pixels wide: no serious accessibility violation (axe-core), no
 * page wider than the window, and a screenshot of each under target/screenshots/pages (the ones shown in
 * docs/web-ui.md are copied from there).
 */
class WorkbenchPagesBrowserIT {

    @RegisterExtension
    static final BrowserSession session = BrowserSession.anonymous();

    /** A page, the token role that uses it, and the element that shows it has loaded. */
    private record Page(String name, String path, AccessRole role, String personId, String loaded) {}

    private static final List<Page> PAGES = List.of(
            new Page("start", "/ui/", AccessRole.DESIGNER, null, "#start-cards"),
            new Page("explorer", "/ui/explorer.html?node=query-tuning", AccessRole.DESIGNER, null, "#node-list li"),
            new Page("author", "/ui/author.html?kind=module&id=m-sql-advanced", AccessRole.DESIGNER, null, "#f-title"),
            new Page("imports", "/ui/imports.html", AccessRole.DESIGNER, null, "#format option"),
            new Page("learner", "/ui/learner.html", AccessRole.LEARNER, "p-042", "[data-field='total-hours']"),
            new Page("role-picker", "/ui/learner.html?person=p-173", AccessRole.COORDINATOR, null, "#role-picker li"),
            new Page(
                    "cohort",
                    "/ui/cohort.html?cohort=c-2026-q1-data-analysts",
                    AccessRole.COORDINATOR,
                    null,
                    "#assignment-summary"),
            new Page("reviews", "/ui/reviews.html", AccessRole.ADMIN, null, "#queue p, #queue ul"),
            new Page("admin", "/ui/admin.html", AccessRole.ADMIN, null, "#audit-table"));

    @Test
    void shouldPassTheAccessibilityCheckAndFitTheWindowAtEachWidth() throws IOException {
        for (var width : new int[] {1400, 400}) {
            for (var page : PAGES) {
                session.signIn(page.role(), page.personId());
                session.driver().manage().window().setSize(new Dimension(width, 1000));
                session.load(page.path());
                session.await(By.cssSelector(page.loaded()));
                // Every panel has answered (a busy machine makes the slower ones take a while).
                new WebDriverWait(session.driver(), Duration.ofSeconds(120))
                        .until(d -> d.findElements(By.cssSelector("[aria-busy='true'], .loading"))
                                .isEmpty());

                AxeCheck.assertAccessible(session.driver(), page.name() + " at " + width + " px");
                var overflow = ((Number) ((JavascriptExecutor) session.driver())
                                .executeScript("return document.documentElement.scrollWidth"
                                        + " - document.documentElement.clientWidth"))
                        .intValue();
                assertThat(overflow)
                        .as(page.name() + " wider than a " + width + " px window")
                        .isLessThanOrEqualTo(0);
                var shot = session.screenshot("pages/ui-" + page.name() + "-" + width, width);
                copyToDocs(shot);
            }
        }
        session.driver().manage().window().setSize(new Dimension(1400, 1000));
    }

    /** With SKILLGRAPH_UPDATE_SCREENSHOTS=1 the screenshots replace those in docs/images. */
    private static void copyToDocs(Path shot) throws IOException {
        if ("1".equals(System.getenv("SKILLGRAPH_UPDATE_SCREENSHOTS"))) {
            Files.copy(
                    shot,
                    Path.of("..", "docs", "images").resolve(shot.getFileName()),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
