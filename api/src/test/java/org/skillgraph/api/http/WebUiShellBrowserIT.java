package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.skillgraph.engine.access.AccessRole;

/** What every page shares: served without a token, the landing page, the sign-in form. */
class WebUiShellBrowserIT {

    @RegisterExtension
    static final BrowserSession session = BrowserSession.anonymous();

    @Test
    void shouldRedirectTheRootToTheUiAndServeItsFilesWithoutAToken() {
        var root = session.anonymous("GET", "/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValue("/ui/");
        for (var file : new String[] {
            "/ui/",
            "/ui/explorer.html",
            "/ui/learner.html",
            "/ui/cohort.html",
            "/ui/css/app.css",
            "/ui/js/api.js",
            "/ui/vendor/cytoscape/dist/cytoscape.min.js"
        }) {
            assertThat(session.anonymous("GET", file).statusCode()).as(file).isEqualTo(200);
        }

        session.load("/");

        session.awaitText(By.tagName("h1"), "skillgraph");
        assertThat(session.driver().getCurrentUrl()).endsWith("/ui/");
        assertThat(session.driver().findElements(By.cssSelector("nav.pages a"))).hasSizeGreaterThanOrEqualTo(3);
        session.screenshot("index");
    }

    @Test
    void shouldKeepTheTokenForTheTabUntilSignOut() {
        session.load("/ui/explorer.html");
        var token = ApiFixture.token(AccessRole.READER, null);
        session.await(By.id("token")).sendKeys(token, Keys.ENTER);

        session.awaitText(By.cssSelector("#auth .who"), "Signed in as reader");
        assertThat(stored()).isEqualTo(token);
        session.await(By.cssSelector("#validation [data-field='errors']"));
        session.driver().findElement(By.id("sign-out")).click();

        session.await(By.id("token"));
        assertThat(stored()).isNull();
    }

    @Test
    void shouldMarkTheCurrentPageAndLabelEveryFormField() {
        for (var page : new String[] {"explorer", "learner", "cohort"}) {
            session.load("/ui/" + page + ".html");
            session.await(By.cssSelector("nav.pages a[aria-current='page']"));

            assertThat(session.driver()
                            .findElement(By.cssSelector("nav.pages a[aria-current='page']"))
                            .getAttribute("href"))
                    .endsWith("/ui/" + page + ".html");
            assertThat(session.driver().findElements(By.cssSelector("main#main")))
                    .hasSize(1);
            assertThat(session.driver().findElements(By.cssSelector("[aria-live]")))
                    .isNotEmpty();
            // HTMLInputElement.labels counts both <label for> and a wrapping <label>.
            session.driver()
                    .findElements(By.cssSelector("main input, main select"))
                    .forEach(field -> assertThat(((Number) ((JavascriptExecutor) session.driver())
                                            .executeScript("return arguments[0].labels.length", field))
                                    .intValue())
                            .as(page + ": labels of " + field.getAttribute("id"))
                            .isPositive());
        }
    }

    private static Object stored() {
        return ((JavascriptExecutor) session.driver())
                .executeScript("return sessionStorage.getItem('skillgraph.token')");
    }
}
