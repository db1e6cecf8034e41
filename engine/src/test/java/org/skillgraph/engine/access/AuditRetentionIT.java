package org.skillgraph.engine.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.seed.testing.Neo4jFixture;

class AuditRetentionIT {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final Neo4jFixture neo4j = Neo4jFixture.get();
    private final GraphClient graph = GraphClient.wrap(neo4j.driver(), Neo4jSettings.unauthenticated(neo4j.boltUri()))
            .separateChain();

    @BeforeEach
    void empty() {
        neo4j.reset();
    }

    @Test
    void shouldDeleteOldEventsInSeveralBatchesAndKeepRecentOnes() {
        write(25, "old-", NOW.minusSeconds(31L * 86_400));
        write(3, "new-", NOW.minusSeconds(29L * 86_400));

        long deleted = new AuditRetention(graph, CLOCK, 30, 10).purge();

        assertThat(deleted).isEqualTo(25);
        assertThat(ids()).containsExactly("new-0", "new-1", "new-2");
    }

    @Test
    void shouldStopAfterAFullLastBatch() {
        write(20, "old-", NOW.minusSeconds(400L * 86_400));
        write(1, "new-", NOW.minusSeconds(3_600));

        assertThat(new AuditRetention(graph, CLOCK, 365, 10).purge()).isEqualTo(20);
        assertThat(ids()).containsExactly("new-0");
    }

    @Test
    void shouldKeepEveryEventWhenRetentionIsZero() {
        write(3, "ancient-", Instant.parse("2001-01-01T00:00:00Z"));

        assertThat(new AuditRetention(graph, CLOCK, 0).purge()).isZero();
        assertThat(ids()).hasSize(3);
    }

    @Test
    void shouldPurgeOnStartOfTheDailySchedule() {
        write(2, "old-", NOW.minusSeconds(2L * 86_400));
        write(1, "new-", NOW);

        var retention = new AuditRetention(graph, CLOCK, 1);
        retention.startDaily();
        retention.close(); // lets the first purge run to its end

        assertThat(ids()).containsExactly("new-0");
    }

    @Test
    void shouldLetTwoNodesPurgeTheSameEventsAtOnce() throws Exception {
        write(300, "old-", NOW.minusSeconds(40L * 86_400));
        write(1, "new-", NOW);
        var start = new CyclicBarrier(2);
        Callable<Long> purge = () -> {
            var retention = new AuditRetention(graph.separateChain(), CLOCK, 30, 10);
            start.await();
            return retention.purge();
        };
        var threads = Executors.newFixedThreadPool(2);
        try {
            var a = threads.submit(purge);
            var b = threads.submit(purge);

            // An event both matched is counted by both (Neo4j's second delete is a no-op).
            assertThat(a.get() + b.get()).isGreaterThanOrEqualTo(300);
            assertThat(ids()).containsExactly("new-0");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void shouldRefuseANegativeRetention() {
        assertThatThrownBy(() -> new AuditRetention(graph, CLOCK, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    private void write(int count, String prefix, Instant at) {
        try (var log = new AuditLog(graph)) {
            for (int i = 0; i < count; i++) {
                log.record(new AuditEvent(prefix + i, at, "t-1", "admin", "read", "GET /x", 200, List.of("p-1")));
            }
            assertThat(log.flush()).isTrue();
        }
    }

    private List<Object> ids() {
        return neo4j.query("MATCH (a:AuditEvent) RETURN a.id AS id ORDER BY id", Map.of());
    }
}
