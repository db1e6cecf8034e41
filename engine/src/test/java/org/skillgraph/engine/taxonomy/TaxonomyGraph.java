package org.skillgraph.engine.taxonomy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.skillgraph.engine.curriculum.CurriculumRepository;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.seed.bundle.Bundle;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.testing.Neo4jFixture;

/** The shared Neo4j with the change-set store and applier over it, for the taxonomy integration tests. */
final class TaxonomyGraph {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC);

    final Neo4jFixture neo4j = Neo4jFixture.get();
    final GraphClient graph = GraphClient.wrap(neo4j.driver(), Neo4jSettings.unauthenticated(neo4j.boltUri()));
    final ChangeSetStore store = new ChangeSetStore(
            graph, CLOCK, new CurriculumRepository(graph)::load, new org.skillgraph.engine.route.RoutePlanner());
    final ChangeSetApplier applier = new ChangeSetApplier(graph, CLOCK);
    final FrameworkVersions versions = new FrameworkVersions(graph, CLOCK);

    /** Empties the graph and imports {@code bundle} through the production importer. */
    TaxonomyGraph load(Bundle bundle) {
        neo4j.reset();
        neo4j.importer().importBundle(bundle, ImportProgress.none());
        return this;
    }

    long count(String cypher) {
        return (Long) neo4j.query(cypher, Map.of()).get(0);
    }

    long version() {
        return count("MATCH (m:Meta {id: 'meta'}) RETURN m.version");
    }
}
