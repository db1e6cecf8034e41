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
}
