package org.skillgraph.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.seed.testing.Neo4jFixture;

/**
 * A service that keeps per-person facts answers after a write exactly as a service that has never answered
 * before, because the write statements bump the person's fact version in their own transaction.
 */
class MetricsFactsIT {

    private static final MetricsFilter EVERYONE = MetricsFilter.everyone();

    private MetricsService warm;

    @BeforeEach
    void load() {
        MetricsFixture.load();
        warm = MetricsFixture.service();
        warm.modules(EVERYONE, null);
    }

    @Test
    void shouldCountAModuleResultRecordedAfterTheFactsWereKept() {
        var before = warm.modules(EVERYONE, null);

        write(
                "write/attempts-record",
                Map.of(
                        "rows",
                        List.of(row(
                                "person",
                                "p5",
                                "module",
                                "m-sql",
                                "at",
                                day("2026-06-20"),
                                "score",
                                90.0,
                                "passed",
                                true))));
        write(
                "write/completions-record",
                Map.of(
                        "rows",
                        List.of(row("person", "p5", "module", "m-sql", "at", day("2026-06-20"), "score", 90.0))));

        var after = warm.modules(EVERYONE, null);
        assertThat(after).isNotEqualTo(before);
        assertThat(after).isEqualTo(MetricsFixture.service().modules(EVERYONE, null));
    }

    @Test
    void shouldReachCompetenceOnEvidenceRecordedAfterTheFactsWereKept() {
        var before = warm.timeToCompetency(EVERYONE, null);
        var retention = warm.retention(EVERYONE);

        // p3 lacked statistics 2 for the analyst role; now assessed at 2 on 2026-03-10.
        write(
                "write/evidence-create",
                Map.of(
                        "rows",
                        List.of(row(
                                "id",
                                "e-late",
                                "person",
                                "p3",
                                "skill",
                                "stats",
                                "source",
                                "assessment",
                                "level",
                                2,
                                "at",
                                day("2026-03-10"),
                                "score",
                                null,
                                "confidence",
                                null,
                                "expiresAt",
                                null,
                                "recordedAt",
                                day("2026-03-10").atStartOfDay().atZone(ZoneOffset.UTC),
                                "assessor",
                                null,
                                "claim",
                                null))));

        var after = warm.timeToCompetency(EVERYONE, null);
        assertThat(after.all().reached()).isEqualTo(before.all().reached() + 1);
        assertThat(after).isEqualTo(MetricsFixture.service().timeToCompetency(EVERYONE, null));
        assertThat(warm.retention(EVERYONE)).isNotEqualTo(retention);
        assertThat(warm.retention(EVERYONE)).isEqualTo(MetricsFixture.service().retention(EVERYONE));
    }

    @Test
    void shouldSeeACoachingPairEndedAfterTheFactsWereKept() {
        var before = warm.gaps(EVERYONE, 10);

        write("write/coaching-end", Map.of("coach", "coach", "learner", "p5", "endedAt", day("2026-06-29")));

        var after = warm.gaps(EVERYONE, 10);
        assertThat(after.coaching().activePairs()).isEqualTo(before.coaching().activePairs() - 1);
        assertThat(after).isEqualTo(MetricsFixture.service().gaps(EVERYONE, 10));
    }

    @Test
    void shouldKeepItsFactsUntilTheFactVersionMoves() {
        var before = warm.modules(EVERYONE, null);
        // A write behind the engine's back, which bumps no version: the kept facts still answer.
        Neo4jFixture.get()
                .query(
                        "MATCH (p:Person {id: 'p6'}), (m:Module {id: 'm-sql'}) CREATE (p)-[:COMPLETED {at: date('2026-06-01')}]->(m)",
                        Map.of());
        assertThat(warm.modules(EVERYONE, null)).isEqualTo(before);

        write("write/person-facts-touch", Map.of("people", List.of("p6")));

        assertThat(warm.modules(EVERYONE, null))
                .isNotEqualTo(before)
                .isEqualTo(MetricsFixture.service().modules(EVERYONE, null));
    }

    private static void write(String statement, Map<String, Object> parameters) {
        Neo4jFixture.get().query(CypherResources.statement(statement), parameters);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        var row = new HashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
