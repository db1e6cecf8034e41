package org.skillgraph.engine.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.seed.testing.Neo4jFixture;

class NeighbourhoodRepositoryIT {

    private final Neo4jFixture neo4j = Neo4jFixture.get();
    private final NeighbourhoodRepository repository = new NeighbourhoodRepository(
            GraphClient.wrap(neo4j.driver(), Neo4jSettings.unauthenticated(neo4j.boltUri())));

    @BeforeEach
    void demo() {
        neo4j.useDemo();
    }

    private long count(String cypher) {
        return (Long) neo4j.query(cypher, Map.of("types", List.copyOf(RelationshipTypes.CURRICULUM)))
                .get(0);
    }

    @Test
    void shouldReturnTheCurriculumAroundASkill() {
        var around = repository.around("query-tuning", 1, Set.of(), 150);

        assertThat(around.center()).isEqualTo(new GraphNode("query-tuning", "Skill", "Query tuning"));
        assertThat(around.nodes().get(0)).isEqualTo(around.center());
        assertThat(around.nodes())
                .hasSize((int) count("MATCH (:Skill {id: 'query-tuning'})-[r]-(m) WHERE type(r) IN $types"
                                + " RETURN count(DISTINCT m)")
                        + 1);
        assertThat(around.edges()).hasSize((int)
                count("MATCH (:Skill {id: 'query-tuning'})-[r]-() WHERE type(r) IN $types RETURN count(r)"));
        assertThat(around.edges())
                .filteredOn(e -> e.type().equals("TEACHES"))
                .isNotEmpty()
                .allSatisfy(e -> {
                    assertThat(e.target()).isEqualTo("query-tuning");
                    assertThat(e.properties()).containsKey("level");
                });
        assertThat(around.truncated()).isFalse();
        assertThat(around.types()).containsExactlyInAnyOrderElementsOf(RelationshipTypes.CURRICULUM);
    }

    @Test
    void shouldWalkOnlyTheTypesAskedFor() {
        var around = repository.around("query-tuning", 2, Set.of("REQUIRES"), 150);

        assertThat(around.edges())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.type()).isEqualTo("REQUIRES"));
        assertThat(around.nodes()).allSatisfy(n -> assertThat(n.label()).isEqualTo("Skill"));
        assertThat(around.nodes()).extracting(GraphNode::id).contains("sql").doesNotHaveDuplicates();
    }

    @Test
    void shouldStopAtTheNodeLimitAndSaySo() {
        var around = repository.around("sql", 3, Set.of(), 10);

        assertThat(around.nodes()).hasSize(10);
        assertThat(around.truncated()).isTrue();
        var ids = around.nodes().stream().map(GraphNode::id).toList();
        assertThat(around.edges()).allSatisfy(e -> assertThat(ids).contains(e.source(), e.target()));
    }

    @Test
    void shouldShowPeopleByIdAndNameOnlyAndNeverWalkThroughThem() {
        var around = repository.around("sql", 2, Set.of("HOLDS"), 500);

        assertThat(around.nodes()).hasSizeGreaterThan(1);
        assertThat(around.nodes().subList(1, around.nodes().size()))
                .allSatisfy(n -> assertThat(n.label()).isEqualTo("Person"));
        assertThat(around.edges()).allSatisfy(e -> {
            assertThat(e.type()).isEqualTo("HOLDS");
            assertThat(e.target()).isEqualTo("sql");
            assertThat(e.properties()).as("no held levels, sources or dates").isEmpty();
        });
    }

    @Test
    void shouldStartAtANodeOfAnyLabel() {
        assertThat(repository.around("data-analyst", 1, Set.of(), 150).center().label())
                .isEqualTo("Role");
        assertThat(repository.around("t-data", 1, Set.of(), 150).center().label())
                .isEqualTo("Topic");
        var module = repository.around("m-query-tuning", 1, Set.of(), 150);
        assertThat(module.center().label()).isEqualTo("Module");
        assertThat(module.edges()).extracting(GraphEdge::type).contains("TEACHES");
        var person = repository.around("p-042", 1, Set.of("IN_ROLE", "TARGETS"), 150);
        assertThat(person.center().label()).isEqualTo("Person");
        assertThat(person.nodes())
                .extracting(GraphNode::id)
                .containsExactly("p-042", "data-analyst", "senior-data-analyst");
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownId() {
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> repository.around("no-such-node", 1, Set.of(), 150))
                .satisfies(e -> assertThat(e.kind()).isEqualTo("node"));
    }
}
