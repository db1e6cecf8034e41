package org.skillgraph.engine.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.evidence.ModuleResultService;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.seed.testing.Neo4jFixture;

/**
 * A batch of statements locks the people it maps to once, up front, and a person deleted between the mapping and
 * that lock leaves their statements waiting instead of failing the batch.
 */
class StatementApplierIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final String PASSED = XapiVerb.PASSED.iri();
    private static final String ACTIVITY = "https://lms.example.org/courses/security-champions";

    private static Pending statement(String id, String actorKey) {
        return new Pending(
                id,
                OffsetDateTime.of(2026, 11, 29, 10, 0, 0, 0, ZoneOffset.UTC),
                actorKey,
                PASSED,
                ACTIVITY,
                91.0,
                true,
                true,
                TODAY,
                Outcome.UNMAPPED,
                "not yet applied");
    }

    @Test
    void shouldLeaveTheStatementsOfAPersonDeletedAfterTheMappingWaitingAndApplyTheOthers() {
        var neo4j = Neo4jFixture.get();
        neo4j.reset();
        neo4j.useDemo();
        neo4j.query(
                "MATCH (a:Person {id: 'p-042'}), (b:Person {id: 'p-008'}), (m:Module {id: 'm-security-champions'})"
                        + " SET a.externalIds = ['mailto:a@example.org'], b.externalIds = ['mailto:b@example.org'],"
                        + " m.activityIds = [$activity] RETURN 1",
                Map.of("activity", ACTIVITY));
        var graph = GraphClient.wrap(neo4j.driver(), Neo4jSettings.unauthenticated(neo4j.boltUri()));
        var clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        var applier = new StatementApplier(new ModuleResultService(graph, LevelRules.defaults(), clock));
        var batch = List.of(
                statement("00000000-0000-4000-8000-000000000001", "mailto:a@example.org"),
                statement("00000000-0000-4000-8000-000000000002", "mailto:b@example.org"));

        var outcomes = graph.write(tx -> {
            var mapping = applier.map(tx, batch);
            assertThat(mapping.people()).containsEntry("mailto:a@example.org", "p-042");
            // Another transaction deletes p-042 after the mapping read it and before the batch locks anyone.
            neo4j.query("MATCH (p:Person {id: 'p-042'}) DETACH DELETE p RETURN 1", Map.of());
            return applier.apply(tx, mapping);
        });

        assertThat(outcomes).extracting(Outcome::status).containsExactly(Outcome.UNMAPPED, Outcome.APPLIED);
        assertThat(outcomes.get(0).reason()).isEqualTo(StatementApplier.NO_PERSON);
        assertThat(neo4j.query(
                        "MATCH (:Person {id: 'p-008'})-[c:COMPLETED]->(:Module {id: 'm-security-champions'})"
                                + " RETURN count(c)",
                        Map.of()))
                .containsExactly(1L);
    }

    @Test
    void shouldLockEveryPersonOfABatchOnceInIdOrderBeforeRecordingAnything() {
        var neo4j = Neo4jFixture.get();
        neo4j.reset();
        neo4j.useDemo();
        var graph = GraphClient.wrap(neo4j.driver(), Neo4jSettings.unauthenticated(neo4j.boltUri()));
        var clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        var results = new ModuleResultService(graph, LevelRules.defaults(), clock);

        var locked = graph.write(tx ->
                results.batch(tx, List.of("p-042", "nobody", "p-008", "p-042")).people());

        assertThat(locked).containsExactlyInAnyOrder("p-008", "p-042");
    }
}
