package org.skillgraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class EditQueriesTest {

    @Test
    void shouldRenderLockAndStateRead() {
        assertThat(EditQueries.lockState("Skill"))
                .isEqualTo("MATCH (n:`Skill` {id: $id}) SET n.id = n.id RETURN properties(n) AS properties, "
                        + "[(n)-[r]->(x) | {type: type(r), to: x.id, properties: properties(r)}] AS outgoing");
    }

    @Test
    void shouldRenderDeletionOfOwnedRelationships() {
        assertThat(EditQueries.deleteOutgoing("Skill", "IN_TOPIC", "REQUIRES"))
                .isEqualTo("MATCH (n:`Skill` {id: $id})-[r:`IN_TOPIC`|`REQUIRES`]->() DELETE r");
    }

    @Test
    void shouldRenderNodeDeletion() {
        assertThat(EditQueries.deleteNode("Module")).isEqualTo("MATCH (n:`Module` {id: $id}) DETACH DELETE n");
    }

    @Test
    void shouldRenderRelationshipDeletion() {
        assertThat(EditQueries.deleteRelationship("Person", "HOLDS", "Skill"))
                .isEqualTo("OPTIONAL MATCH (a:`Person` {id: $from})-[r:`HOLDS`]->(b:`Skill` {id: $to}) DELETE r "
                        + "RETURN count(r) AS deleted");
    }

    @Test
    void shouldRenderShortestPath() {
        assertThat(EditQueries.shortestPath("Skill", "REQUIRES"))
                .isEqualTo("MATCH p = SHORTEST 1 (a:`Skill` {id: $from})-[:`REQUIRES`*]->(b:`Skill` {id: $to}) "
                        + "RETURN [n IN nodes(p) | n.id] AS ids");
    }

    @Test
    void shouldRefuseLabelsAndTypesOutsideTheModel() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EditQueries.deleteNode("Skill {id: 1}) DETACH DELETE (x"))
                .withMessageContaining("Not a label");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EditQueries.shortestPath("Skill", "KNOWS"))
                .withMessageContaining("Not a relationship type");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EditQueries.deleteOutgoing("Skill"))
                .withMessageContaining("at least one");
    }
}
