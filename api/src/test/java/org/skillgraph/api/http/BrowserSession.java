package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.seed.testing.Neo4jFixture;

/**
 * The real server over the demo organisation on a free port, a headless Chromium driving it, and an HTTP
 * client asking the API the same questions, so a test can hold what the page shows to the API's answer.
 *
 * <p>A JUnit 5 extension: a browser test class registers one as {@code @RegisterExtension static final
 * BrowserSession session = BrowserSession.anonymous()} (or {@link #signedInAs}); it starts before the class's
 * first test (skipping it, or failing it under {@code SKILLGRAPH_REQUIRE_BROWSER=1}, without a browser), stops
 * after its last, and keeps a screenshot of the page under {@code target/screenshots/failed} for every test
 * that fails.
 */
final class BrowserSession implements BeforeAllCallback, AfterAllCallback, TestWatcher {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final AccessRole role;
    private final HttpClient http = HttpClient.newHttpClient();
    private String adminToken;
    private ApiServer server;
    private Path profile;
    private ChromeDriver driver;

    private BrowserSession(AccessRole role) {
        this.role = role;
    }

    /** A session whose tab starts without a token. */
    static BrowserSession anonymous() {
        return new BrowserSession(null);
    }

    /** A session whose tab is signed in with a token of {@code role} before the first test. */
    static BrowserSession signedInAs(AccessRole role) {
        return new BrowserSession(role);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        HeadlessChromium.assumeInstalled();
        Neo4jFixture.get().useDemo();
        // Issued after the demo is in place: a reload of the demo wipes the tokens issued before it.
        adminToken = ApiFixture.token(AccessRole.ADMIN, null);
        server = ApiFixture.server().start();
        profile = HeadlessChromium.freshProfile();
        driver = HeadlessChromium.start(profile);
        if (role != null) {
            signIn(role, null);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server == null) {
            return; // skipped before anything started
        }
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            server.stop();
            deleteProfile();
            server = null;
            driver = null;
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver == null) {
            return;
        }
        try {
            screenshot("failed/" + context.getRequiredTestClass().getSimpleName() + "."
                    + context.getRequiredTestMethod().getName());
        } catch (RuntimeException e) {
            cause.addSuppressed(e); // the failure itself is what matters
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Signs the browser tab in as the sign-in form does: the token in sessionStorage. */
    void signIn(AccessRole role, String personId) {
        driver.get(url("/ui/css/app.css"));
        driver.executeScript(
                "sessionStorage.setItem('skillgraph.token', arguments[0])", ApiFixture.token(role, personId));
    }

    void load(String path) {
        driver.get(url(path));
    }

    WebElement await(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void awaitText(By by, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /**
     * Waits until {@code condition} holds. A page that re-renders between finding an element and reading it makes
     * the element stale; that is a "not yet", so the condition is asked again.
     */
    void until(java.util.function.Function<ChromeDriver, Boolean> condition) {
        new WebDriverWait(driver, WAIT)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> condition.apply(driver));
    }

    /** The API's answer to a GET (or a POST without body) for an admin, as the test sees it over HTTP. */
    HttpResponse<String> call(String method, String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + adminToken)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build());
    }

    /**
     * Any request with a JSON body (null: none), a bearer token (null: the admin's) and extra headers in
     * name, value pairs: what another user, editing at the same time, would send.
     */
    HttpResponse<String> send(String method, String path, String bearer, String json, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + (bearer == null ? adminToken : bearer))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return send(builder.build());
    }

    /** The same without a token. */
    HttpResponse<String> anonymous(String method, String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode json(String method, String path) {
        var response = call(method, path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return parse(response.body());
    }

    private static String write(Object value) {
        try {
            return ApiFixture.JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode parse(String body) {
        try {
            return ApiFixture.JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Records every API call the page makes, with its Authorization header, in {@code window.apiCalls}
     * (installed before any page script runs), and answers the given paths in the browser itself rather
     * than over HTTP. Returns the id for {@link #unstub}.
     */
    String stubApi(java.util.Map<String, Object> answersByPath) {
        var script = "(() => { const answers = " + write(answersByPath) + ";"
                + " const real = window.fetch.bind(window); window.apiCalls = [];"
                + " window.fetch = async (input, init = {}) => {"
                + "   const url = new URL(typeof input === 'string' ? input : input.url, location.href);"
                + "   window.apiCalls.push({ path: url.pathname, auth: (init.headers || {}).Authorization || null });"
                + "   const answer = answers[url.pathname];"
                + "   if (!answer) return real(input, init);"
                + "   return new Response(JSON.stringify(answer.body), { status: answer.status,"
                + "     headers: { 'Content-Type': answer.status >= 400 ? 'application/problem+json' : 'application/json' } });"
                + " }; })();";
        var result =
                driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", script));
        return String.valueOf(result.get("identifier"));
    }

    void unstub(String id) {
        driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", java.util.Map.of("identifier", id));
    }

    /** A full-page screenshot under target/screenshots (the page is as tall as its content). */
    Path screenshot(String name) {
        return screenshot(name, 1400);
    }

    /** The same at a window width; the page is laid out at that width before it is measured. */
    Path screenshot(String name, int width) {
        driver.manage().window().setSize(new Dimension(width, 1000));
        var height = ((Number) ((JavascriptExecutor) driver)
                        .executeScript("window.scrollTo(0, 0); return document.documentElement.scrollHeight"))
                .intValue();
        driver.manage().window().setSize(new Dimension(width, Math.min(Math.max(height, 800), 5000)));
        try {
            var target = SCREENSHOTS.resolve(name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(new Dimension(1400, 1000));
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temp profile is harmless; the test result is what matters.
        }
    }
}
