package org.skillgraph.engine.editing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.skillgraph.engine.catalog.ModuleRepository;
import org.skillgraph.engine.catalog.RoleRepository;
import org.skillgraph.engine.catalog.SkillRepository;
import org.skillgraph.engine.catalog.TopicRepository;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.engine.people.PersonRepository;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.testing.Neo4jFixture;

/**
 * A small curriculum for editing tests (editing-graph.json): sql requires modelling requires
 * spreadsheets, query-tuning requires sql and is narrower than it; p-3 reports to p-2 reports to p-1.
 */
final class EditingGraph {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC);

    final Neo4jFixture neo4j = Neo4jFixture.get();
    final GraphClient graph = GraphClient.wrap(neo4j.driver(), Neo4jSettings.unauthenticated(neo4j.boltUri()));
    final SkillRepository skills = new SkillRepository(graph);
    final TopicRepository topics = new TopicRepository(graph);
    final RoleRepository roles = new RoleRepository(graph);
    final ModuleRepository modules = new ModuleRepository(graph);
    final PersonRepository people = new PersonRepository(graph);
    private final Editors editors = Editors.over(graph, skills, topics, roles, modules, people, CLOCK);

    /** Empties the graph and loads the editing curriculum through the production importer. */
    EditingGraph load() {
        neo4j.reset();
        try (var in = EditingGraph.class.getResourceAsStream("editing-graph.json")) {
            neo4j.importer().importBundle(in, ImportProgress.none());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Editors editors() {
        return editors;
    }

    long version() {
        return (Long) neo4j.query("MATCH (m:Meta {id: 'meta'}) RETURN m.version", java.util.Map.of())
                .get(0);
    }

    long count(String cypher) {
        return (Long) neo4j.query(cypher, java.util.Map.of()).get(0);
    }
}
