package org.skillgraph.api.http.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.skillgraph.api.http.Json;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.xapi.XapiStatement;

class StatementParserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private final StatementParser parser = new StatementParser(Json.mapper());

    private static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text.replace('\'', '"'));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private XapiStatement one(String actor, String result) {
        return parser.parse(
                        json("{'actor': " + actor + ", 'verb': {'id': 'http://adlnet.gov/expapi/verbs/passed'},"
                                + " 'object': {'id': 'https://lms.example.org/courses/sql'}" + result + "}"),
                        TODAY)
                .get(0);
    }

    @Test
    void shouldKeyActorsByTheirOneIdentifier() {
        assertThat(one("{'mbox': 'mailto:ada@example.org'}", "").actorKey()).isEqualTo("mailto:ada@example.org");
        assertThat(one("{'account': {'homePage': 'https://lms.example.org', 'name': 'ada'}}", "")
                        .actorKey())
                .isEqualTo("https://lms.example.org|ada");
        assertThat(one("{'mbox_sha1sum': 'EBD31E95054C018B10727CCFFD2EF2EC3A016EE9'}", "")
                        .actorKey())
                .isEqualTo("sha1:ebd31e95054c018b10727ccffd2ef2ec3a016ee9");
    }

    @Test
    void shouldPutScoresOnAHundred() {
        assertThat(one("{'mbox': 'mailto:a@b.c'}", ", 'result': {'score': {'scaled': 0.91, 'raw': 3}}")
                        .score())
                .isEqualTo(91.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(one("{'mbox': 'mailto:a@b.c'}", ", 'result': {'score': {'raw': 15, 'min': 10, 'max': 20}}")
                        .score())
                .isEqualTo(50.0);
        assertThat(one("{'mbox': 'mailto:a@b.c'}", ", 'result': {'score': {'raw': 450}}")
                        .score())
                .as("a raw score without a range that is not a percentage")
                .isNull();
    }

    @Test
    void shouldGiveAStatementWithoutAnIdAUuidAndDateItNoLaterThanToday() {
        var statement = one("{'mbox': 'mailto:a@b.c'}", ", 'timestamp': '2031-01-01T00:00:00Z'");

        assertThat(statement.id()).matches("[0-9a-f-]{36}");
        assertThat(statement.at()).isEqualTo(TODAY);
        assertThat(json(statement.raw()).get("id").asText()).isEqualTo(statement.id());
    }

    @Test
    void shouldNameEveryProblemOfABatch() {
        var batch = json("[{'actor': {'mbox': 'ada@example.org'}, 'verb': {'id': 'passed'}, 'object': {'id': 'x:y'}},"
                + " {'id': 'x', 'actor': {'mbox': 'mailto:a@b.c', 'openid': 'http://o.example/'},"
                + " 'verb': {'id': 'http://v.example/v'}, 'object': {'objectType': 'Thing'},"
                + " 'result': {'score': {'raw': 5, 'min': 6, 'max': 9}}}]");

        assertThatThrownBy(() -> parser.parse(batch, TODAY))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid-xapi-statement");
                    assertThat(e.errors())
                            .extracting(FieldError::pointer)
                            .containsExactly(
                                    "/0/actor/mbox",
                                    "/0/verb/id",
                                    "/1/id",
                                    "/1/actor",
                                    "/1/object/objectType",
                                    "/1/result/score/raw");
                });
    }

    @Test
    void shouldRefuseScoresThatAreNotFiniteAndPlaceHugeRangesWithoutOverflow() {
        assertThatThrownBy(() -> one(
                        "{'mbox': 'mailto:a@b.c'}",
                        ", 'result': {'score': {'raw': 1e400, 'min': -1e400, 'max': 1e400}}"))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::pointer)
                                .containsExactly("/result/score/raw", "/result/score/min", "/result/score/max"));
        assertThat(one(
                                "{'mbox': 'mailto:a@b.c'}",
                                ", 'result': {'score': {'raw': 1e308, 'min': -1.5e308, 'max': 1.5e308}}")
                        .score())
                .as("raw − min and max − min overflow a double")
                .isCloseTo(83.33, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void shouldRefuseATimestampThatCannotBePutInUtc() {
        assertThatThrownBy(() -> one("{'mbox': 'mailto:a@b.c'}", ", 'timestamp': '-999999999-01-01T00:00:00+18:00'"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid-xapi-statement");
                    assertThat(e.errors()).extracting(FieldError::pointer).containsExactly("/timestamp");
                });
    }
}
