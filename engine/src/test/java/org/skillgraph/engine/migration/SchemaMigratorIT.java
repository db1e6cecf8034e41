package org.skillgraph.engine.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.seed.DemoOrganisation;
import org.skillgraph.seed.KnownFrameworks;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.testing.Neo4jFixture;

/** The start-up migration on a store filled the way skillgraph filled it before frameworks existed. */
class SchemaMigratorIT {

    private final Neo4jFixture neo4j = Neo4jFixture.get();
    private final GraphClient graph = GraphClient.wrap(neo4j.driver(), Neo4jSettings.unauthenticated(neo4j.boltUri()));
    private final SchemaMigrator migrator = new SchemaMigrator(graph, KnownFrameworks::migrationParameters);

    @BeforeEach
    void oldStore() {
        neo4j.reset();
        DemoOrganisation.load(neo4j.importer(), ImportProgress.none());
        // What an older skillgraph wrote: no frameworks, no schema version, no fact versions; an ESCO import and a
        // plain skill beside.
        neo4j.query("MATCH (f:Framework) DETACH DELETE f", Map.of());
        neo4j.query("MATCH (m:Meta) SET m.escoVersion = '1.2.0' REMOVE m.schemaVersion", Map.of());
        neo4j.query("MATCH (p:Person) REMOVE p.factsVersion", Map.of());
        neo4j.query(
                "CREATE (:Skill {id: 'esco:s1', name: 'Use SQL', source: 'esco'}),"
                        + " (:Skill {id: 'esco:s2', name: 'Query databases', source: 'esco'}),"
                        + " (:Skill {id: 'welding', name: 'Welding'})",
                Map.of());
    }

    @Test
    void shouldPutEverySkillOfAnOldStoreIntoOneFramework() {
        long before = version();

        assertThat(migrator.migrate()).isEqualTo(2);

        assertThat(frameworkSizes())
                .containsExactly(List.of("esco-1.2.0", 2L), List.of("local", 1L), List.of("northwind", 84L));
        assertThat(neo4j.query("MATCH (s:Skill) WHERE COUNT { (s)-[:IN_FRAMEWORK]->() } <> 1 RETURN s.id", Map.of()))
                .isEmpty();
        assertThat(neo4j.query("MATCH (f:Framework {id: 'esco-1.2.0'}) RETURN f.publisher", Map.of()))
                .containsExactly("European Commission");
        assertThat(neo4j.query("MATCH (m:Meta) RETURN m.schemaVersion", Map.of()))
                .containsExactly(2L);
        // migration 1 moved skills and migration 2 gave every person a fact version: two new curriculum versions
        assertThat(version()).isEqualTo(before + 2);
        assertThat(neo4j.query("MATCH (p:Person) WHERE p.factsVersion IS NULL RETURN count(p)", Map.of()))
                .containsExactly(0L);
    }

    @Test
    void shouldChangeNothingWhenRunAgain() {
        migrator.migrate();
        var sizes = frameworkSizes();
        long version = version();

        assertThat(migrator.migrate()).isEqualTo(2);
        // even with the version forgotten, the statements find nothing left to do
        neo4j.query("MATCH (m:Meta) REMOVE m.schemaVersion", Map.of());
        assertThat(migrator.migrate()).isEqualTo(2);

        assertThat(frameworkSizes()).isEqualTo(sizes);
        assertThat(version()).isEqualTo(version);
    }

    @Test
    void shouldLeaveAnIncompleteDemoInLocal() {
        neo4j.query("MATCH (s:Skill {id: 'sql'}) DETACH DELETE s", Map.of());

        migrator.migrate();

        assertThat(frameworkSizes()).containsExactly(List.of("esco-1.2.0", 2L), List.of("local", 84L));
    }

    private List<Object> frameworkSizes() {
        return neo4j.query(
                "MATCH (f:Framework) RETURN [f.id, COUNT { (f)<-[:IN_FRAMEWORK]-(:Skill) }] ORDER BY f.id", Map.of());
    }

    private long version() {
        return (Long) neo4j.query("MATCH (m:Meta) RETURN m.version", Map.of()).get(0);
    }
}
