package org.skillgraph.seed.casepkg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseSchemaTest {

    @Test
    void shouldKeepTheOfficialSchemaAsParsableJson() throws IOException {
        try (var in = CaseSchema.class.getResourceAsStream(CaseSchema.RESOURCE)) {
            var schema = new ObjectMapper().readTree(in);

            assertThat(schema.get("title").asText())
                    .startsWith("Competencies and Academic Standards Exchange (CASE) Service Version 1.1 1EdTech");
            assertThat(schema.get("required")).hasSize(1);
        }
    }

    @Test
    void shouldToleratePublishedDeviationsButRefuseMissingStatements() {
        var sample = CaseFixtures.tree(CaseFixtures.OPENSALT_SAMPLE);
        var tolerated = SchemaVerdict.of("f", CaseSchema.violations(sample));
        ((com.fasterxml.jackson.databind.node.ObjectNode) sample.get("CFItems").get(0)).remove("fullStatement");

        var refused = SchemaVerdict.of("f", CaseSchema.violations(sample));

        assertThat(tolerated.refusals()).isEmpty();
        assertThat(tolerated.deviations().keySet()).isEqualTo(Set.of("additionalProperties", "format", "type"));
        assertThat(refused.refusals())
                .singleElement()
                .satisfies(p -> assertThat(p.pointer()).isEqualTo("/CFItems/0"));
    }

    @Test
    void shouldMapTheSampleWithoutAGraph() {
        var result = CaseMapping.map("f", CaseFixtures.tree(CaseFixtures.OPENSALT_SAMPLE), Set.of());

        assertThat(result.problems()).isEmpty();
        assertThat(result.bundle().skills()).hasSize(16);
        assertThat(result.bundle().skills().stream()
                        .mapToInt(s -> s.broader().size())
                        .sum())
                .isEqualTo(14);
    }

    @Test
    void shouldMakeVersionFiveUuidsThatTheOfficialPatternAccepts() {
        var id = CaseIds.nameBased("item\nnorthwind\nsql");

        assertThat(id.version()).isEqualTo(5);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(CaseIds.OFFICIAL.matcher(id.toString()).matches()).isTrue();
        assertThat(CaseIds.nameBased("item\nnorthwind\nsql")).isEqualTo(id);
    }
}
