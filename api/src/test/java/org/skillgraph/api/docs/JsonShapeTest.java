package org.skillgraph.api.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonShapeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String difference(String shown, String actual) throws Exception {
        JsonNode s = JSON.readTree(shown);
        return JsonShape.firstDifference(s, JSON.readTree(actual)).orElse(null);
    }

    @Test
    void shouldAcceptMembersTheDocDoesNotShow() throws Exception {
        assertThat(difference("{\"a\":1}", "{\"a\":1.0,\"b\":2}")).isNull();
    }

    @Test
    void shouldNameThePointerOfTheFirstDifferingValue() throws Exception {
        assertThat(difference(
                        "{\"gap\":{\"skills\":[{\"id\":\"sql\",\"level\":3}]}}",
                        "{\"gap\":{\"skills\":[{\"id\":\"sql\",\"level\":2}]}}"))
                .startsWith("/gap/skills/0/level: shown 3, the answer has 2");
    }

    @Test
    void shouldReportAMissingMember() throws Exception {
        assertThat(difference("{\"a\":{\"b\":null}}", "{\"a\":{}}"))
                .startsWith("/a/b: shown null, but the answer has no");
    }

    @Test
    void shouldHoldArraysWithoutElisionToTheirLength() throws Exception {
        assertThat(difference("[1,2]", "[1,2,3]")).isEqualTo("(root): shown 2 elements, the answer has 3");
    }

    @Test
    void shouldLetAnElisionElementStandForAnyNumberOfElements() throws Exception {
        assertThat(difference("[1,\"…\"]", "[1,2,3]")).isNull();
        assertThat(difference("[1,\"…\",5]", "[1,2,3,4,5]")).isNull();
        assertThat(difference("[1,\"…\",3,\"…\",5]", "[1,2,3,4,5]")).isNull();
        assertThat(difference("[\"… 3 in all\"]", "[]")).isNull();
    }

    @Test
    void shouldKeepOrderAroundElisions() throws Exception {
        assertThat(difference("[2,\"…\"]", "[1,2]")).startsWith("/0: shown 2, the answer has 1");
        assertThat(difference("[1,\"…\",4]", "[1,2,3]")).startsWith("/2: shown 4, the answer has 3");
        assertThat(difference("[1,\"…\",7,\"…\"]", "[1,2,3]")).contains("no elements from index 1 on match");
    }

    @Test
    void shouldMatchElidedStringsByTheirPrefix() throws Exception {
        assertThat(difference("{\"id\":\"ev-…\",\"at\":\"…\"}", "{\"id\":\"ev-123\",\"at\":\"2026-01-01\"}"))
                .isNull();
        assertThat(difference("{\"id\":\"ev-…\"}", "{\"id\":\"tok-1\"}")).startsWith("/id: shown \"ev-…\"");
        assertThat(difference("{\"x\":\"…\"}", "{\"x\":{\"deep\":[1]}}")).isNull();
    }

    @Test
    void shouldIgnoreElidingMembers() throws Exception {
        assertThat(difference("{\"a\":1,\"… 4 members\":\"…\"}", "{\"a\":1,\"b\":2}"))
                .isNull();
    }

    @Test
    void shouldTellNumbersOfDifferentValueApart() throws Exception {
        assertThat(difference("{\"score\":0.74}", "{\"score\":0.7401}")).startsWith("/score: shown 0.74");
        assertThat(difference("{\"hours\":58}", "{\"hours\":58.0}")).isNull();
    }

    @Test
    void shouldRoundTheAnswerToTheShownDigitsOnlyWhenTheDocSaysSo() throws Exception {
        var shown = JSON.readTree("{\"score\":7.68,\"count\":3}");

        assertThat(JsonShape.firstDifferenceRounded(shown, JSON.readTree("{\"score\":7.6786,\"count\":3}")))
                .isEmpty();
        assertThat(JsonShape.firstDifferenceRounded(shown, JSON.readTree("{\"score\":7.6749,\"count\":3}")))
                .hasValueSatisfying(d -> assertThat(d).startsWith("/score"));
        assertThat(JsonShape.firstDifference(shown, JSON.readTree("{\"score\":7.6786,\"count\":3}")))
                .isPresent();
    }

    @Test
    void shouldTellTypesApart() throws Exception {
        assertThat(difference("{\"a\":\"1\"}", "{\"a\":1}")).startsWith("/a:");
        assertThat(difference("{\"a\":[]}", "{\"a\":{}}")).startsWith("/a:");
        assertThat(difference("{\"a\":null}", "{\"a\":\"x\"}")).startsWith("/a:");
    }
}
