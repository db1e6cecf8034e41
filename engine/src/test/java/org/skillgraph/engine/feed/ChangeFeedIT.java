package org.skillgraph.engine.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.access.PersonalData;
import org.skillgraph.engine.concurrency.IfMatch;
import org.skillgraph.engine.editing.HoldingDraft;
import org.skillgraph.engine.editing.HoldingEditor;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.evidence.EvidenceRecord;
import org.skillgraph.engine.evidence.EvidenceService;
import org.skillgraph.engine.evidence.EvidenceSource;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.evidence.ModuleResultService;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.testing.Neo4jFixture;

/** Every people-data write appends to the change feed, and a node's learner cache follows it. */
class ChangeFeedIT {

    private static final Clock CLOCK = Neo4jFixture.ANCHOR_CLOCK;
    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    private final Neo4jFixture neo4j = Neo4jFixture.get();
    private FeedNode node;

    @BeforeEach
    void demo() {
        neo4j.useDemo();
        node = new FeedNode(CLOCK);
    }

    @Test
    void shouldAppendThePersonOnAnEvidenceWrite() {
        long before = node.feed.catchUp().seq();

        evidence(node).record("p-042", EvidenceRecord.of("data-governance", EvidenceSource.ASSESSMENT, 4, TODAY));

        assertThat(changesAfter(before)).containsExactly(List.of("person", "p-042"));
    }

    @Test
    void shouldAppendThePersonOnAModuleResult() {
        long before = node.feed.catchUp().seq();

        new ModuleResultService(node.graph, LevelRules.defaults(), CLOCK)
                .record("p-042", "m-spreadsheets-essentials", 90.0, TODAY);

        assertThat(changesAfter(before)).containsExactly(List.of("person", "p-042"));
    }

    @Test
    void shouldAppendThePersonOnAHoldingEdit() {
        long before = node.feed.catchUp().seq();

        new HoldingEditor(node.graph, CLOCK)
                .put("p-042", "data-governance", new HoldingDraft(2, "manager", TODAY, null), IfMatch.absent());

        assertThat(changesAfter(before)).containsExactly(List.of("person", "p-042"));
    }

    @Test
    void shouldAppendThePersonOnAnErasureAndDeleteTheEarlierChangesNamingThem() {
        long before = node.feed.catchUp().seq();
        evidence(node).record("p-042", EvidenceRecord.of("data-governance", EvidenceSource.ASSESSMENT, 4, TODAY));
        evidence(node).record("p-014", EvidenceRecord.of("data-governance", EvidenceSource.ASSESSMENT, 4, TODAY));

        new PersonalData(node.graph, CLOCK).erase("p-042");

        assertThat(changesAfter(before)).containsExactly(List.of("person", "p-014"), List.of("person", "p-042"));
    }

    @Test
    void shouldAppendEveryoneOnAnImportWithPeopleAndReportTheCurriculumMove() {
        long before = node.feed.catchUp().seq();
        node.level("p-042", "sql");
        var bundle = """
                {"people": [{"id": "p-new", "name": "New Person", "coaching": {"optIn": false, "capacity": 0}}]}
                """;

        neo4j.importer()
                .importBundle(new ByteArrayInputStream(bundle.getBytes(StandardCharsets.UTF_8)), ImportProgress.none());

        var version = neo4j.query("MATCH (m:Meta {id: 'meta'}) RETURN toString(m.version)", Map.of())
                .get(0);
        assertThat(changesAfter(before)).containsExactly(List.of("people", "*"));
        var batch = node.feed.catchUp();
        assertThat(batch.changes())
                .extracting(Change::kind, Change::id)
                .containsExactly(tuple("people", "*"), tuple("curriculum", version));
        assertThat(node.cache.size()).isZero();
    }

    @Test
    void shouldAppendNothingWhenTheWriteRollsBack() {
        long before = node.feed.catchUp().seq();

        assertThatThrownBy(() -> evidence(node)
                        .record("p-042", EvidenceRecord.of("no-such-skill", EvidenceSource.ASSESSMENT, 4, TODAY)))
                .isInstanceOf(InvalidRequestException.class);

        assertThat(changesAfter(before)).isEmpty();
        assertThat(node.feed.catchUp().seq()).isEqualTo(before);
    }

    @Test
    void shouldAnswerAWarmLearnerFromTheNodeWithoutReadingTheGraph() {
        int kept = node.level("p-042", "sql");
        assertThat(kept).isPositive();
        // A change no engine write made (so no feed entry): a node that read the graph would answer it.
        neo4j.query("MATCH (:Person {id: 'p-042'})-[h:HOLDS]->(:Skill {id: 'sql'}) DELETE h RETURN 1", Map.of());

        assertThat(node.level("p-042", "sql")).isEqualTo(kept);
        assertThat(new FeedNode(CLOCK).level("p-042", "sql")).isZero();
        assertThat(node.cache.size()).isEqualTo(1);
    }

    @Test
    void shouldReadItsOwnWritesAtOnce() {
        assertThat(node.level("p-042", "data-governance")).isZero();

        evidence(node).record("p-042", EvidenceRecord.of("data-governance", EvidenceSource.ASSESSMENT, 4, TODAY));

        assertThat(node.level("p-042", "data-governance")).isEqualTo(4);
    }

    @Test
    void shouldAnswerAnotherNodesWriteAfterItsNextPollAndNotBefore() {
        var other = new FeedNode(CLOCK);
        assertThat(other.level("p-042", "data-governance")).isZero();

        evidence(node).record("p-042", EvidenceRecord.of("data-governance", EvidenceSource.ASSESSMENT, 4, TODAY));

        // The staleness window: until its next poll the other node answers what it kept.
        assertThat(other.level("p-042", "data-governance")).isZero();
        var batch = other.feed.catchUp();
        assertThat(batch.changes()).extracting(Change::id).containsExactly("p-042");
        assertThat(other.level("p-042", "data-governance")).isEqualTo(4);
    }

    @Test
    void shouldKeepOtherPeopleWhenOnePersonChanges() {
        var other = new FeedNode(CLOCK);
        other.level("p-042", "sql");
        other.level("p-014", "sql");

        evidence(node).record("p-042", EvidenceRecord.of("data-governance", EvidenceSource.ASSESSMENT, 4, TODAY));
        other.feed.catchUp();

        assertThat(other.cache.size()).isEqualTo(1);
    }

    @Test
    void shouldForgetEverythingWhenTheStoreGoesBackBehindItsPosition() {
        evidence(node).record("p-042", EvidenceRecord.of("data-governance", EvidenceSource.ASSESSMENT, 4, TODAY));
        node.level("p-042", "sql");
        assertThat(node.cache.size()).isEqualTo(1);

        neo4j.reset();

        assertThat(node.feed.catchUp().reset()).isTrue();
        assertThat(node.cache.size()).isZero();
    }

    @Test
    void shouldForgetEverythingOnceTheFeedWasPrunedPastItsPosition() {
        var behind = new FeedNode(CLOCK);
        behind.level("p-042", "sql");
        evidence(node).record("p-042", EvidenceRecord.of("data-governance", EvidenceSource.ASSESSMENT, 4, TODAY));
        var later = Clock.offset(Clock.systemUTC(), Duration.ofDays(1));

        assertThat(new ChangeFeed(node.graph, FeedSettings.defaults(), later).prune())
                .isPositive();

        var batch = behind.feed.catchUp();
        assertThat(batch.reset()).isTrue();
        assertThat(behind.cache.size()).isZero();
        assertThat(neo4j.query("MATCH (c:Change) RETURN count(c)", Map.of())).containsExactly(0L);
    }

    private static EvidenceService evidence(FeedNode on) {
        return new EvidenceService(on.graph, LevelRules.defaults(), CLOCK);
    }

    /** The changes after {@code seq}, as [kind, id], in order. */
    private List<List<Object>> changesAfter(long seq) {
        return neo4j
                .query(
                        "MATCH (c:Change) WHERE c.seq > $seq WITH c ORDER BY c.seq RETURN [c.kind, c.id]",
                        Map.of("seq", seq))
                .stream()
                .map(o -> ((List<?>) o).stream().map(Object.class::cast).toList())
                .toList();
    }
}
