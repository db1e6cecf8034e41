package org.skillgraph.api.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium and chromedriver, started with explicit paths so Selenium Manager never downloads
 * anything. Without them the browser tests skip, unless {@code SKILLGRAPH_REQUIRE_BROWSER=1} (CI) makes
 * a missing browser a failure.
 */
final class HeadlessChromium {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final String REQUIRE = "SKILLGRAPH_REQUIRE_BROWSER";

    private HeadlessChromium() {}

    /** What the browser tests do on this machine. */
    enum Availability {
        RUN,
        SKIP,
        FAIL
    }

    static Availability availability(Path chromium, Path driver, String requireBrowser) {
        if (Files.isExecutable(chromium) && Files.isExecutable(driver)) {
            return Availability.RUN;
        }
        return "1".equals(requireBrowser) ? Availability.FAIL : Availability.SKIP;
    }

    /** Skips the calling test class, or fails it when the environment demands a browser. */
    static void assumeInstalled() {
        var message = "Browser tests need " + CHROMIUM + " and " + DRIVER
                + " (Debian: apt-get install chromium chromium-driver)";
        switch (availability(CHROMIUM, DRIVER, System.getenv(REQUIRE))) {
            case RUN -> {}
            case FAIL -> Assertions.fail(message + "; " + REQUIRE + "=1 makes a missing browser an error");
            case SKIP -> Assumptions.abort(message + "; skipping them (set " + REQUIRE + "=1 to fail instead)");
        }
    }

    static ChromeDriver start(Path profile) {
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--window-size=1400,1000");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    static Path freshProfile() {
        try {
            return Files.createTempDirectory("skillgraph-chromium");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
