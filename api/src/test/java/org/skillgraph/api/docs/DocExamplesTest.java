package org.skillgraph.api.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DocExamplesTest {

    private static final String PAGE = """
            # A page

            ```bash
            curl -s -H "$AUTH" 'http://127.0.0.1:8080/api/v1/skills?q=sql'
            ```
            ```json
            {"items":[{"id":"sql"}, "…"]}
            ```

            - In a list:

              ```bash
              curl -s -H "$AUTH" -X POST http://127.0.0.1:8080/api/v1/tokens -H 'Content-Type: application/json' \\
                   -d '{"role": "learner",
                        "personId": "p-042"}'   # the person's token
              curl -si -H "$AUTH" http://127.0.0.1:8080/api/v1/me
              ```
              ```
              HTTP/1.1 201 Created
              Location: /api/v1/x

              {"a":1}
              ```

            <!-- example: not run, because it needs the ESCO download -->
            ```bash
            curl -s -H "$AUTH" -X POST --data-binary @esco.zip http://127.0.0.1:8080/api/v1/import/esco
            ```

            <!-- example: numbers rounded to the digits shown -->
            ```bash
            curl -s -H "$AUTH" 'http://127.0.0.1:8080/api/v1/skills?q=sql'
            ```

            ```bash
            ./skillgraph token list
            ```
            """;

    @Test
    void shouldFindEveryCurlBlockWithItsLineAndShownAnswer() {
        var examples = DocExamples.in("page.md", PAGE);

        assertThat(examples)
                .extracting(DocExample::where)
                .containsExactly("page.md:3", "page.md:12", "page.md:26", "page.md:31");
        assertThat(examples.get(0).answer())
                .hasValueSatisfying(a -> assertThat(a.json()).isTrue());
        assertThat(examples.get(0).commands())
                .singleElement()
                .satisfies(c -> assertThat(c.line()).isEqualTo(4));
    }

    @Test
    void shouldJoinContinuedAndQuotedLinesIntoOneCommand() {
        var commands = DocExamples.in("page.md", PAGE).get(1).commands();

        assertThat(commands).extracting(DocExample.Command::line).containsExactly(13, 16);
        var curl = Curl.parse(commands.get(0).text(), Map.of("AUTH", "Authorization: Bearer t"));
        assertThat(curl.method()).isEqualTo("POST");
        assertThat(curl.body()).startsWith("{\"role\": \"learner\",\n ").endsWith(" \"personId\": \"p-042\"}");
        assertThat(curl.headers())
                .containsExactly(
                        new Curl.Header("Authorization", "Bearer t"),
                        new Curl.Header("Content-Type", "application/json"));
    }

    @Test
    void shouldReadAStatusLineAndHeadersBeforeTheBody() {
        var shown = DocExamples.in("page.md", PAGE).get(1).answer().orElseThrow();

        assertThat(shown.status()).isEqualTo(201);
        assertThat(shown.headers()).containsExactly(new Curl.Header("Location", "/api/v1/x"));
        assertThat(shown.body()).isEqualTo("{\"a\":1}");
        assertThat(shown.json()).isTrue();
    }

    @Test
    void shouldKeepTheReasonOfAnExampleMarkedNotRun() {
        var examples = DocExamples.in("page.md", PAGE);

        assertThat(examples.get(2).runs()).isFalse();
        assertThat(examples.get(2).notRunBecause()).isEqualTo("it needs the ESCO download");
        assertThat(examples.get(0).runs()).isTrue();
    }

    @Test
    void shouldTellWhichExamplesShowRoundedNumbers() {
        var examples = DocExamples.in("page.md", PAGE);

        assertThat(examples).extracting(DocExample::rounded).containsExactly(false, false, false, true);
    }

    @Test
    void shouldParseCurlLikeCurlDoes() {
        var curl = Curl.parse(
                "curl -s -H \"$AUTH\" -d '{\"level\": 2}' -X PUT 'http://127.0.0.1:8080/api/v1/a?b=c%20d'",
                Map.of("AUTH", "Authorization: Bearer t"));

        assertThat(curl.method()).isEqualTo("PUT");
        assertThat(curl.target()).isEqualTo("/api/v1/a?b=c%20d");
        assertThat(curl.headers()).contains(new Curl.Header("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(Curl.parse("curl http://127.0.0.1:8080/x -d 'a'", Map.of()).method())
                .isEqualTo("POST");
    }

    @Test
    void shouldRefuseWhatTheTestCannotSend() {
        assertThatThrownBy(() -> Curl.parse("curl -s -H \"$TOKEN\" http://127.0.0.1:8080/x", Map.of()))
                .hasMessageContaining("$TOKEN");
        assertThatThrownBy(() -> Curl.parse("curl --data-binary @my-org.json http://127.0.0.1:8080/x", Map.of()))
                .hasMessageContaining("@my-org.json");
        assertThatThrownBy(() -> Curl.parse("curl http://127.0.0.1:18481/x", Map.of()))
                .hasMessageContaining("18481");
    }

    @Test
    void shouldTellAShownProblemDocumentFromAShownAnswer() {
        assertThat(ShownAnswer.of("json", "{\"status\":400,\"code\":\"invalid-body\"}")
                        .showsProblem())
                .isTrue();
        assertThat(ShownAnswer.of("json", "{\"items\":[\"…\"]}").showsProblem()).isFalse();
        assertThat(ShownAnswer.of("", "a,status\n1,2").showsProblem()).isFalse();
    }

    @Test
    void shouldCompareTextAnswersLineByLineUpToAnElision() {
        var csv = ShownAnswer.of("", "a,b\n1,2\n…\n");

        assertThat(csv.firstTextDifference("a,b\n1,2\n3,4\n")).isEmpty();
        assertThat(csv.firstTextDifference("a,b\n1,3\n"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("line 2"));
    }
}
