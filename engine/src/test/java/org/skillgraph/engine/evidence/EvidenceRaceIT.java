package org.skillgraph.engine.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.seed.testing.Neo4jFixture;

/**
 * Concurrent evidence writes for one person run one after the other, so the derived level always reflects
 * every piece of evidence, whatever order the writers commit in. (Creating the HAS_EVIDENCE relationship
 * takes the person's lock as well; the explicit lock taken first makes the order independent of that.)
 */
class EvidenceRaceIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void shouldDeriveTheLevelFromAllConcurrentEvidenceForOnePerson() throws Exception {
        var neo4j = Neo4jFixture.get();
        neo4j.useDemo();
        var graph = GraphClient.wrap(neo4j.driver(), Neo4jSettings.unauthenticated(neo4j.boltUri()));
        var service = new EvidenceService(
                graph,
                LevelRules.defaults(),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        var pool = Executors.newFixedThreadPool(6);
        try {
            var writes = new ArrayList<CompletableFuture<EvidenceResult>>();
            for (int i = 0; i < 12; i++) {
                // Levels 1–4 on distinct days: the most recent (day 12, level 4) must decide.
                var evidence = EvidenceRecord.of(
                        "dimensional-modelling", EvidenceSource.ASSESSMENT, 1 + i % 4, TODAY.minusDays(20 - i));
                writes.add(CompletableFuture.supplyAsync(() -> service.record("p-042", evidence), pool));
            }
            CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).get();
        } finally {
            pool.shutdownNow();
        }

        List<Object> held = neo4j.query(
                "MATCH (:Person {id: 'p-042'})-[h:HOLDS]->(:Skill {id: 'dimensional-modelling'}) RETURN [h.level, h.at]",
                Map.of());
        assertThat(held).containsExactly(List.of(4L, TODAY.minusDays(9)));
        assertThat(neo4j.query(
                        "MATCH (:Person {id: 'p-042'})-[:HAS_EVIDENCE]->(e)-[:FOR]->(:Skill {id: 'dimensional-modelling'})"
                                + " RETURN count(e)",
                        Map.of()))
                .containsExactly(12L);
    }
}
