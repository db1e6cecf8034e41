package org.skillgraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class UpsertQueriesTest {

    @Test
    void shouldRenderNodeUpsert() {
        assertThat(UpsertQueries.upsertNodes("Skill"))
                .isEqualTo("UNWIND $rows AS row MERGE (n:`Skill` {id: row.id}) SET n += row.properties");
    }

    @Test
    void shouldRenderRelationshipMerge() {
        assertThat(UpsertQueries.mergeRelationships("Skill", "REQUIRES", "Skill"))
                .isEqualTo("UNWIND $rows AS row MATCH (a:`Skill` {id: row.from}) MATCH (b:`Skill` {id: row.to}) "
                        + "MERGE (a)-[r:`REQUIRES`]->(b) SET r += row.properties");
    }

    @Test
    void shouldRenderSingleRelationshipReplacement() {
        assertThat(UpsertQueries.replaceSingleRelationship("Person", "IN_ROLE", "Role"))
                .isEqualTo(
                        "UNWIND $rows AS row MATCH (a:`Person` {id: row.from}) "
                                + "OPTIONAL MATCH (a)-[old:`IN_ROLE`]->(other) WHERE other.id <> row.to DELETE old "
                                + "WITH a, row MATCH (b:`Role` {id: row.to}) MERGE (a)-[r:`IN_ROLE`]->(b) SET r += row.properties");
    }

    @Test
    void shouldRenderExistingIdsLookup() {
        assertThat(UpsertQueries.existingIds("Person"))
                .isEqualTo("UNWIND $ids AS id MATCH (n:`Person` {id: id}) RETURN n.id AS id");
    }

    @Test
    void shouldRenderEntityStatesWithOutgoingRelationships() {
        assertThat(UpsertQueries.entityStates("Skill"))
                .isEqualTo("UNWIND $ids AS id MATCH (n:`Skill` {id: id}) OPTIONAL MATCH (n)-[r]->(m) "
                        + "RETURN n.id AS id, properties(n) AS properties, "
                        + "collect([type(r), m.id, properties(r)]) AS outgoing");
    }

    @Test
    void shouldSetMetaPropertiesWithoutBumpingTheVersion() {
        assertThat(UpsertQueries.setMeta())
                .isEqualTo("MERGE (m:`Meta` {id: 'meta'}) ON CREATE SET m.version = 0 SET m += $properties");
    }

    @Test
    void shouldRefuseLabelsAndTypesOutsideTheModel() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> UpsertQueries.upsertNodes("Skill) DETACH DELETE (x"))
                .withMessageContaining("Not a label");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> UpsertQueries.mergeRelationships("Skill", "KNOWS", "Skill"))
                .withMessageContaining("Not a relationship type");
    }
}
