package org.skillgraph.engine.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.seed.testing.Neo4jFixture;

class AuditLogIT {

    private final Neo4jFixture neo4j = Neo4jFixture.get();
    private final GraphClient graph = GraphClient.wrap(neo4j.driver(), Neo4jSettings.unauthenticated(neo4j.boltUri()));

    @BeforeEach
    void empty() {
        neo4j.reset();
    }

    @Test
    void shouldWriteEveryEventRecordedBeforeAFlushAlthoughTheWriterLingers() {
        try (var log = new AuditLog(graph)) {
            log.record(event("e-1", "p-1"));
            log.record(event("e-2", "p-2"));

            assertThat(log.flush()).isTrue();
            assertThat(ids()).containsExactly("e-1", "e-2");

            log.record(event("e-3", "p-3"));
            assertThat(log.flush()).isTrue();
            assertThat(ids()).containsExactly("e-1", "e-2", "e-3");
        }
    }

    @Test
    void shouldWriteEventsStillQueuedWhenClosed() {
        var log = new AuditLog(graph);
        for (int i = 0; i < 25; i++) {
            log.record(event("e-" + (100 + i), "p-" + i));
        }

        log.close();

        assertThat(ids()).hasSize(25).startsWith("e-100").endsWith("e-124");
    }

    @Test
    void shouldReturnAtOnceFromAFlushWithNothingRecorded() {
        try (var log = new AuditLog(graph)) {
            assertThat(log.flush(0)).isTrue();
            assertThat(ids()).isEmpty();
        }
    }

    @Test
    void shouldLeaveTheSharedBookmarksAloneWhenWritingThroughASeparateChain() {
        graph.write(tx -> tx.run("MERGE (m:Meta {id: 'meta'}) RETURN m.version").consume());
        var shared = graph.bookmarks();
        var chain = graph.separateChain();

        try (var log = new AuditLog(chain)) {
            log.record(event("e-1", "p-1"));
            assertThat(log.flush()).isTrue();
            log.record(event("e-2", "p-1"));
            assertThat(log.flush()).isTrue();

            assertThat(shared).isNotEmpty();
            assertThat(graph.bookmarks()).isEqualTo(shared);
            assertThat(chain.bookmarks()).isNotEmpty().doesNotContainAnyElementsOf(shared);
            var listed = new AuditTrail(chain).list(new AuditQuery(null, "p-1", null, null), null, 10);
            assertThat(listed.items()).extracting(AuditEvent::id).containsExactlyInAnyOrder("e-1", "e-2");
        }
    }

    @Test
    void shouldMoveTheBookmarksOfTheClientItWritesThrough() {
        graph.write(tx -> tx.run("MERGE (m:Meta {id: 'meta'}) RETURN m.version").consume());
        var before = graph.bookmarks();

        try (var log = new AuditLog(graph)) {
            log.record(event("e-1", "p-1"));
            assertThat(log.flush()).isTrue();
        }

        assertThat(graph.bookmarks()).isNotEmpty().isNotEqualTo(before);
    }

    private static AuditEvent event(String id, String subject) {
        return new AuditEvent(
                id,
                Instant.parse("2026-11-01T10:00:00Z"),
                "t-1",
                "coordinator",
                "read",
                "GET /x",
                200,
                List.of(subject));
    }

    private List<Object> ids() {
        return neo4j.query("MATCH (a:AuditEvent) RETURN a.id AS id ORDER BY id", Map.of());
    }
}
