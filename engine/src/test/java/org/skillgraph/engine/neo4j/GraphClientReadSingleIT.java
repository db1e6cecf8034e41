package org.skillgraph.engine.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillgraph.seed.testing.Neo4jFixture;

class GraphClientReadSingleIT {

    private final Neo4jFixture neo4j = Neo4jFixture.get();
    private final GraphClient graph = GraphClient.wrap(neo4j.driver(), Neo4jSettings.unauthenticated(neo4j.boltUri()));

    @BeforeEach
    void empty() {
        neo4j.reset();
    }

    @Test
    void shouldMapTheOneRowWithItsParameters() {
        var answer = graph.readSingle(
                "RETURN $name AS name, size($name) AS length",
                Map.of("name", "skillgraph"),
                r -> r.get("name").asString() + "/" + r.get("length").asInt());

        assertThat(answer).isEqualTo("skillgraph/10");
    }

    @Test
    void shouldSeeWhatAWriteThroughTheSameClientJustCommitted() {
        graph.write(tx -> tx.run("CREATE (:Topic {id: 't-read-your-write', name: 'Fresh'})")
                .consume());

        var name = graph.readSingle(
                "MATCH (t:Topic {id: $id}) RETURN t.name AS name",
                Map.of("id", "t-read-your-write"),
                r -> r.get("name").asString());

        assertThat(name).isEqualTo("Fresh");
    }

    @Test
    void shouldRefuseAStatementThatAnswersNoRow() {
        assertThatExceptionOfType(IllegalStateException.class)
                .isThrownBy(() -> graph.readSingle(
                        "MATCH (t:Topic {id: $id}) RETURN t.id AS id", Map.of("id", "none"), r -> r.get("id")))
                .withMessageContaining("one row");
    }

    @Test
    void shouldKeepAnExceptionThrownWhileMappingTheRow() {
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> graph.readSingle("RETURN 1 AS one", Map.of(), r -> {
                    throw new UnsupportedOperationException("mapping failed");
                }))
                .withMessage("mapping failed");
    }

    @Test
    void shouldMapEveryRowInOrder() {
        var rows = graph.readRows(
                "UNWIND range(1, $n) AS i RETURN i * i AS square",
                Map.of("n", 4),
                r -> r.get("square").asInt());

        assertThat(rows).containsExactly(1, 4, 9, 16);
    }

    @Test
    void shouldAnswerAnOptionalRowOrNone() {
        graph.write(tx ->
                tx.run("CREATE (:Topic {id: 't-optional', name: 'Present'})").consume());
        var lookup = "MATCH (t:Topic {id: $id}) RETURN t.name AS name";

        assertThat(graph.readOptional(
                        lookup, Map.of("id", "t-optional"), r -> r.get("name").asString()))
                .contains("Present");
        assertThat(graph.readOptional(
                        lookup, Map.of("id", "none"), r -> r.get("name").asString()))
                .isEmpty();
        assertThatExceptionOfType(IllegalStateException.class)
                .isThrownBy(() -> graph.readOptional("UNWIND [1, 2] AS n RETURN n", Map.of(), r -> r.get("n")))
                .withMessageContaining("at most one row");
    }

    @Test
    void shouldRefuseToWriteThroughARead() {
        assertThatExceptionOfType(RuntimeException.class)
                .isThrownBy(() -> graph.readRows(
                        "CREATE (t:Topic {id: 't-sneaked', name: 'Sneaked'}) RETURN t.id AS id", Map.of(), r -> r));

        assertThat(graph.readOptional(
                        "MATCH (t:Topic {id: 't-sneaked'}) RETURN t.id AS id", Map.of(), r -> r.get("id")))
                .isEmpty();
    }
}
