package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.skillgraph.api.docs.Curl;
import org.skillgraph.api.docs.DocExample;
import org.skillgraph.api.docs.DocPages;
import org.skillgraph.api.docs.JsonShape;
import org.skillgraph.api.docs.ShownAnswer;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.seed.DemoOrganisation;

/**
 * Every request example of README.md and docs/*.md, run against the demo organisation through the real API
 * and compared with the answer the page shows (see {@link JsonShape}), so a drifted example fails the build.
 * Each page runs in document order on a fresh demo, as a reader would try it.
 */
class DocumentedExamplesIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @TestFactory
    Stream<DynamicTest> shouldAnswerEveryDocumentedExampleAsShown() {
        return DocPages.all().stream()
                .filter(page -> DocPages.examples(page).stream().anyMatch(DocExample::runs))
                .map(page -> DynamicTest.dynamicTest(page.toString(), () -> shouldAnswerAsShown(page)));
    }

    @Test
    void shouldExplainEveryExampleThatIsNotRun() {
        var notRun = DocPages.all().stream()
                .flatMap(page -> DocPages.examples(page).stream())
                .filter(example -> !example.runs())
                .toList();
        notRun.forEach(example -> System.out.println(
                "Documented example not run: " + example.where() + " because " + example.notRunBecause()));
        System.out.println(notRun.size() + " documented example(s) not run");

        assertThat(notRun)
                .allSatisfy(example ->
                        assertThat(example.notRunBecause()).as(example.where()).isNotBlank());
    }

    private void shouldAnswerAsShown(Path page) {
        var examples = DocPages.examples(page).stream().filter(DocExample::runs).toList();
        var failures = new ArrayList<String>();
        ApiFixture.withDemoAnonymous((app, client) -> {
            var variables = Map.of(
                    "AUTH",
                    "Authorization: Bearer " + ApiFixture.token(AccessRole.ADMIN, null),
                    "LEARNER",
                    ApiFixture.token(AccessRole.LEARNER, DemoOrganisation.LEARNER));
            for (var example : examples) {
                check(client.getOrigin(), example, variables).ifPresent(failures::add);
            }
        });
        assertThat(failures)
                .as("%d of %d examples of %s differ from their answers", failures.size(), examples.size(), page)
                .isEmpty();
    }

    /** Runs the example's commands in order; the shown answer belongs to the last. */
    private Optional<String> check(String origin, DocExample example, Map<String, String> variables) {
        var commands = example.commands();
        for (int i = 0; i < commands.size(); i++) {
            var command = commands.get(i);
            var where = example.file() + ":" + command.line();
            HttpResponse<String> response;
            Curl curl;
            try {
                curl = Curl.parse(command.text(), variables);
                response = send(origin, curl);
            } catch (IllegalArgumentException | IOException e) {
                return Optional.of(where + ": cannot run (" + e.getMessage() + "); fix it or mark it"
                        + " <!-- example: not run, because … -->");
            }
            var label = where + ": " + curl.method() + " " + curl.target() + " answered " + response.statusCode();
            var shown = i == commands.size() - 1 ? example.answer() : Optional.<ShownAnswer>empty();
            var difference = shown.isPresent()
                    ? compare(shown.get(), response, example.rounded())
                    : response.statusCode() >= 500
                            ? Optional.of("a server error: " + response.body())
                            : Optional.<String>empty();
            if (difference.isPresent()) {
                return Optional.of(label + ", first difference at " + difference.get() + " (whole answer in "
                        + saved(example, response) + ")");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> compare(ShownAnswer shown, HttpResponse<String> response, boolean rounded) {
        if (shown.status() != ShownAnswer.ANY_STATUS && shown.status() != response.statusCode()) {
            return Optional.of("the status line: shown " + shown.status() + ", body " + response.body());
        }
        if (shown.status() == ShownAnswer.ANY_STATUS && response.statusCode() >= 400 && !shown.showsProblem()) {
            return Optional.of(
                    "the status: " + response.statusCode() + " where the doc shows no error, body " + response.body());
        }
        for (var header : shown.headers()) {
            var value = response.headers().firstValue(header.name()).orElse("(none)");
            if (!value.equals(header.value())) {
                return Optional.of("header " + header.name() + ": shown " + header.value() + ", was " + value);
            }
        }
        if (!shown.showsBody()) {
            return Optional.empty();
        }
        if (!shown.json()) {
            return shown.firstTextDifference(response.body());
        }
        try {
            var expected = ApiFixture.JSON.readTree(shown.body());
            var actual = ApiFixture.JSON.readTree(response.body());
            return rounded
                    ? JsonShape.firstDifferenceRounded(expected, actual)
                    : JsonShape.firstDifference(expected, actual);
        } catch (JsonProcessingException e) {
            return Optional.of(
                    "(root): not JSON on one side (" + e.getOriginalMessage() + "), answer " + response.body());
        }
    }

    /** Keeps a differing answer under target/ for whoever updates the doc. */
    private static Path saved(DocExample example, HttpResponse<String> response) {
        var file = Path.of(
                "target",
                "documented-examples",
                example.where().replace('/', '_').replace(':', '-') + ".txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file, response.statusCode() + "\n" + response.headers().map() + "\n\n" + response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private HttpResponse<String> send(String origin, Curl curl) throws IOException {
        var request = HttpRequest.newBuilder(URI.create(origin + curl.target()))
                .method(
                        curl.method(),
                        curl.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(curl.body()));
        curl.headers().forEach(h -> request.header(h.name(), h.value()));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
