package org.skillgraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CypherResourcesTest {

    @Test
    void shouldSplitTheSchemaIntoOneStatementPerConstraintOrIndex() {
        var statements = Schema.statements();

        assertThat(statements)
                .allSatisfy(s -> assertThat(s).startsWith("CREATE").doesNotContain(";"));
        // One id constraint per model label; operational labels (tokens, audit events) have their own.
        assertThat(statements)
                .filteredOn(s -> s.startsWith("CREATE CONSTRAINT")
                        && Schema.LABELS.stream().anyMatch(l -> s.contains("(n:" + l + ")")))
                .hasSize(Schema.LABELS.size());
        assertThat(statements).anySatisfy(s -> assertThat(s).contains("FULLTEXT INDEX " + Schema.SKILL_SEARCH_INDEX));
    }

    @Test
    void shouldFailClearlyOnAMissingResource() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CypherResources.statement("read/no-such-query"))
                .withMessageContaining("no-such-query");
    }
}
