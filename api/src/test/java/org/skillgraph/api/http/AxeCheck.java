package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, the accessibility rules engine from npm (pinned by {@code src/test/node/axe/package-lock.json}),
 * run inside the page the browser shows. Installed with {@code npm ci} when missing; skipped without node
 * and npm, unless {@code SKILLGRAPH_REQUIRE_NODE} is set, as CI does.
 */
final class AxeCheck {

    private static final Path DIR = Path.of("src/test/node/axe");
    private static final Path SCRIPT = DIR.resolve("node_modules/axe-core/axe.min.js");

    private AxeCheck() {}

    /** The serious and critical violations on the current page, one line each: rule id and the elements. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(ChromeDriver driver) {
        var js = (JavascriptExecutor) driver;
        js.executeScript(script());
        return (List<String>) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " axe.run(document, { resultTypes: ['violations'] }).then((r) => done(r.violations"
                + ".filter((v) => v.impact === 'serious' || v.impact === 'critical')"
                + ".map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                + " + v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', '))),"
                + " (e) => done(['axe failed: ' + e]));");
    }

    /** Asserts that the page has no serious or critical violation. */
    static void assertAccessible(ChromeDriver driver, String page) {
        assertThat(seriousViolations(driver)).as("axe-core on " + page).isEmpty();
    }

    private static String script() {
        if (!Files.isRegularFile(SCRIPT)) {
            install();
        }
        try {
            return Files.readString(SCRIPT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void install() {
        try {
            var process = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                    .directory(DIR.toFile())
                    .redirectErrorStream(true)
                    .start();
            process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            assertThat(process.waitFor(300, TimeUnit.SECONDS))
                    .as("npm ci in " + DIR)
                    .isTrue();
        } catch (IOException e) {
            if (System.getenv("SKILLGRAPH_REQUIRE_NODE") != null) {
                throw new UncheckedIOException("npm is needed for the accessibility check", e);
            }
            Assumptions.abort("node and npm are not installed: the axe-core accessibility check is skipped");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(SCRIPT).as("axe-core after npm ci").isRegularFile();
    }
}
