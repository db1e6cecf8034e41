package org.skillgraph.seed.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BundleReaderTest {

    private final BundleReader reader = new BundleReader();

    @Test
    void shouldRefuseARepeatedKeyNamingIt() {
        var problems = problems("{\"skills\": [{\"id\": \"sql\", \"name\": \"SQL\", \"name\": \"Structured\"}]}");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/skills/0/name");
            assertThat(p.message()).contains("duplicate key");
        });
    }

    @Test
    void shouldRefuseARepeatedSectionAtTheTop() {
        assertThat(problems("{\"skills\": [], \"skills\": []}"))
                .extracting(BundleProblem::pointer)
                .containsExactly("/skills");
    }

    @Test
    void shouldRefuseAnIdWithASlash() {
        assertThat(problems("{\"skills\": [{\"id\": \"a/../..\", \"name\": \"Climbing\"}]}"))
                .extracting(BundleProblem::pointer)
                .containsExactly("/skills/0/id");
    }

    @Test
    void shouldCheckIdsWithTheSamePatternAsTheApi() throws IOException {
        try (var in = BundleReader.class.getResourceAsStream("/org/skillgraph/seed/bundle.schema.json")) {
            var schema = new ObjectMapper().readTree(in);

            assertThat(schema.at("/$defs/id/pattern").asText()).isEqualTo(EntityId.PATTERN.pattern());
        }
        assertThat(EntityId.isValid("esco:skill:0005c151-5b5a-4a66-8aac-60e734beb1ab"))
                .isTrue();
        assertThat(EntityId.isValid("sql")).isTrue();
        assertThat(EntityId.isValid("a/b")).isFalse();
        assertThat(EntityId.isValid("..")).isFalse();
        assertThat(EntityId.isValid("a".repeat(201))).isFalse();
    }

    private java.util.List<BundleProblem> problems(String json) {
        var refused = catchThrowableOfType(
                BundleValidationException.class,
                () -> reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertThat(refused).as("refused").isNotNull();
        return refused.problems();
    }
}
