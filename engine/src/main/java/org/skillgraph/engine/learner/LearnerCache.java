package org.skillgraph.engine.learner;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.util.Optional;
import org.skillgraph.engine.feed.Change;
import org.skillgraph.engine.feed.ChangeFeed;
import org.skillgraph.engine.feed.FeedBatch;

/**
 * Learner states kept in the API node, so a warm gap, route or coaches request reads no person from Neo4j. An entry
 * is stored only if it was read at or after the feed's position (see {@link ChangeFeed#ifCurrent}) and is dropped
 * by the first batch naming its person (or everyone: an import with people, a curriculum change, a reset). It
 * answers only while the feed is current and only on the day it was read (levels decay by the day).
 */
public final class LearnerCache {

    private record Entry(Learner learner, LocalDate day) {}

    private final ChangeFeed feed;
    private final Cache<String, Entry> entries;

    public LearnerCache(ChangeFeed feed, long maximumSize) {
        this.feed = feed;
        this.entries = Caffeine.newBuilder().maximumSize(maximumSize).build();
        feed.subscribe(this::apply);
    }

    /** The cached state of {@code personId} for {@code day}, if the feed is current. */
    Optional<Learner> get(String personId, LocalDate day) {
        if (!feed.current()) {
            return Optional.empty();
        }
        var entry = entries.getIfPresent(personId);
        return entry != null && entry.day().equals(day) ? Optional.of(entry.learner()) : Optional.empty();
    }

    /** Keeps {@code learner}, read at feed position {@code seq} on {@code day}, unless the feed has passed it by. */
    void put(Learner learner, long seq, LocalDate day) {
        feed.ifCurrent(seq, learner.graphVersion(), () -> entries.put(learner.personId(), new Entry(learner, day)));
    }

    /** How many learners are kept (for tests and the benchmark's heap figures). */
    public long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    private void apply(FeedBatch batch) {
        if (batch.everyone()) {
            entries.invalidateAll();
            return;
        }
        batch.changes().stream().filter(c -> c.kind().equals(Change.PERSON)).forEach(c -> entries.invalidate(c.id()));
    }
}
