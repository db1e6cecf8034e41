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
        for (var label : concat(Schema.LABELS, Schema.OPERATIONAL_LABELS)) {
            assertThat(statements)
                    .as("uniqueness of %s.id", label)
                    .anySatisfy(s -> assertThat(s).contains("FOR (n:" + label + ") REQUIRE n.id IS UNIQUE"));
        }
        assertThat(statements).anySatisfy(s -> assertThat(s).contains("FOR (n:ApiToken) REQUIRE n.hash IS UNIQUE"));
        assertThat(statements).anySatisfy(s -> assertThat(s).contains("FULLTEXT INDEX " + Schema.SKILL_SEARCH_INDEX));
    }

    @Test
    void shouldNameEveryConstraintAndIndexOfTheSchema() {
        assertThat(Schema.names())
                .hasSize(Schema.statements().size())
                .contains("skill_id", "skill_search", "holds_level", "api_token_hash", "audit_event_at")
                .doesNotHaveDuplicates();
    }

    private static java.util.List<String> concat(java.util.List<String> a, java.util.List<String> b) {
        var all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void shouldFailClearlyOnAMissingResource() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CypherResources.statement("read/no-such-query"))
                .withMessageContaining("no-such-query");
    }
}
