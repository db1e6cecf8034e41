package org.skillgraph.engine.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Values;
import org.skillgraph.engine.error.PreconditionFailedException;

class EntityTagTest {

    private static final Map<String, Object> SQL = Map.of("id", "sql", "name", "SQL", "aliases", List.of("a", "b"));

    @Test
    void shouldIgnoreTheOrderOfPropertiesAndRelationships() {
        var out1 = List.of(edge("REQUIRES", "modelling", 2L), edge("IN_TOPIC", "t-data", null));
        var out2 = List.of(edge("IN_TOPIC", "t-data", null), edge("REQUIRES", "modelling", 2L));

        assertThat(tag(SQL, out1))
                .isEqualTo(tag(Map.of("aliases", List.of("a", "b"), "name", "SQL", "id", "sql"), out2));
    }

    @Test
    void shouldChangeWithAnyPropertyValueTypeOrRelationship() {
        var base = tag(SQL, List.of(edge("REQUIRES", "modelling", 2L)));

        assertThat(tag(
                        Map.of("id", "sql", "name", "SQL!", "aliases", List.of("a", "b")),
                        List.of(edge("REQUIRES", "modelling", 2L))))
                .isNotEqualTo(base);
        assertThat(tag(
                        Map.of("id", "sql", "name", "SQL", "aliases", List.of("b", "a")),
                        List.of(edge("REQUIRES", "modelling", 2L))))
                .as("list order is content")
                .isNotEqualTo(base);
        assertThat(tag(SQL, List.of(edge("REQUIRES", "modelling", 3L)))).isNotEqualTo(base);
        assertThat(tag(SQL, List.of())).isNotEqualTo(base);
        assertThat(tag(Map.of("level", 2L), List.of())).isNotEqualTo(tag(Map.of("level", 2.0), List.of()));
        assertThat(tag(Map.of("level", "2"), List.of())).isNotEqualTo(tag(Map.of("level", 2L), List.of()));
    }

    @Test
    void shouldBeAQuotedStrongTagOfTwentyHexDigits() {
        assertThat(tag(Map.of("at", LocalDate.parse("2026-01-10")), List.of())).matches("\"[0-9a-f]{20}\"");
    }

    @Test
    void shouldPassOnlyExpectedTags() {
        var expected = IfMatch.of(Set.of("\"a\"", "\"b\""));

        expected.check("skill", "sql", "\"b\"");
        IfMatch.absent().check("skill", "sql", "\"c\"");
        assertThatExceptionOfType(PreconditionFailedException.class)
                .isThrownBy(() -> expected.check("skill", "sql", "\"c\""))
                .satisfies(e -> assertThat(e.currentTag()).isEqualTo("\"c\""));
    }

    private static String tag(Map<String, Object> properties, List<Map<String, Object>> outgoing) {
        return EntityTag.of(Values.value(properties), Values.value(outgoing));
    }

    private static Map<String, Object> edge(String type, String to, Object level) {
        var properties = new java.util.HashMap<String, Object>();
        if (level != null) {
            properties.put("level", level);
        }
        return Map.of("type", type, "to", to, "properties", properties);
    }
}
