package org.skillgraph.engine.coachindex;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.neo4j.driver.Value;
import org.skillgraph.engine.feed.Change;
import org.skillgraph.engine.feed.ChangeFeed;
import org.skillgraph.engine.feed.FeedBatch;
import org.skillgraph.engine.neo4j.GraphClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coach candidates of an API node, in memory: built from the graph on first use, kept current from the {@link
 * ChangeFeed} (a batch naming people re-reads those people at once, under the feed's lock, so this node's own writes
 * are in the index before the write returns; an import, a curriculum change or a reset drops it for a rebuild). It
 * answers only while the feed is current, as the learner cache does: otherwise callers read the graph.
 *
 * <p>Answers are those of the pool query over the graph at the index's feed position: the same filters (consent,
 * free places now, level, evidence date and source), applied to the people as last read. Thread-safe.
 *
 * @param <P> what the caller keeps per person besides (coaching preferences), read from a person row
 */
public final class CoachIndex<P> {

    private static final Logger LOG = LoggerFactory.getLogger(CoachIndex.class);
    private static final int BUILD_ATTEMPTS = 3;

    private final ChangeFeed feed;
    private final IndexReads<P> reads;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Object building = new Object();
    private volatile IndexState<P> state;

    /**
     * @param minLevel the lowest level that can ever make a coach (the coaching threshold)
     * @param tooWeak evidence sources whose levels cannot make a coach
     * @param extras reads what the caller keeps per person from a person row (inside the transaction)
     */
    public CoachIndex(
            GraphClient graph, ChangeFeed feed, int minLevel, List<String> tooWeak, Function<Value, P> extras) {
        this.feed = feed;
        this.reads = new IndexReads<>(graph, minLevel, tooWeak, extras);
        feed.subscribe(this::apply);
    }

    /**
     * The pool for {@code minLevels} (sought skill id to the lowest level any learner needs of a coach), evidence
     * dated {@code since} or later, places counted at {@code now}, and the learners named; empty when the index cannot
     * answer (the feed is not current, or it could not be built), and the caller must read the graph.
     */
    public Optional<IndexedPool<P>> pool(
            Map<String, Integer> minLevels, LocalDate since, Collection<String> learnerIds, Instant now) {
        return read(s -> s.pool(minLevels, since, learnerIds, now));
    }

    /** Opted-in holders of {@code skillId} at {@code minLevel} or above with evidence since {@code since}; full ones too. */
    public Optional<List<IndexedPool.Holder<P>>> holders(String skillId, int minLevel, LocalDate since, Instant now) {
        return read(s -> s.holders(skillId, minLevel, since, now));
    }

    /** The curriculum version the index was built at, if built. */
    public Optional<Long> version() {
        var s = state;
        return s == null ? Optional.empty() : Optional.of(s.version);
    }

    /** How many people and qualifying holdings the index keeps (0 before it is built): for tests and benchmarks. */
    public long[] size() {
        var s = state;
        if (s == null) {
            return new long[] {0, 0};
        }
        lock.readLock().lock();
        try {
            return new long[] {s.people(), s.holdings()};
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Builds the index now if it is not built (at start-up, so the first request does not pay for it). */
    public boolean prepare() {
        return current() != null;
    }

    private <T> Optional<T> read(Function<IndexState<P>, T> query) {
        if (!feed.current()) {
            return Optional.empty();
        }
        var s = current();
        if (s == null) {
            return Optional.empty();
        }
        lock.readLock().lock();
        try {
            return Optional.of(query.apply(s));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The state, built if needed; null if a build kept being overtaken by changes or failed. */
    private IndexState<P> current() {
        var s = state;
        if (s != null) {
            return s;
        }
        synchronized (building) {
            for (int attempt = 0; attempt < BUILD_ATTEMPTS && state == null; attempt++) {
                try {
                    long began = System.nanoTime();
                    var built = reads.everyone();
                    // Installed only if no batch after the position it was read at has been applied meanwhile.
                    feed.ifCurrent(built.seq, built.version, () -> state = built);
                    if (state == built) {
                        LOG.info(
                                "Coach index built in {} ms: {} people, {} qualifying holdings",
                                (System.nanoTime() - began) / 1_000_000,
                                built.people(),
                                built.holdings());
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Building the coach index failed: {}", e.getMessage());
                    return null;
                }
            }
            return state;
        }
    }

    /** Applies one batch of the feed (under the feed's lock). */
    private void apply(FeedBatch batch) {
        if (batch.everyone()) {
            state = null;
            return;
        }
        var s = state;
        if (s == null) {
            return;
        }
        var ids = new LinkedHashSet<String>();
        batch.changes().stream().filter(c -> c.kind().equals(Change.PERSON)).forEach(c -> ids.add(c.id()));
        if (ids.isEmpty()) {
            return;
        }
        try {
            var read = reads.people(new ArrayList<>(ids));
            lock.writeLock().lock();
            try {
                s.orgVersion = Math.max(s.orgVersion, read.orgVersion());
                for (var id : ids) {
                    s.replace(id, read.people().get(id));
                }
            } finally {
                lock.writeLock().unlock();
            }
        } catch (RuntimeException e) {
            // Without the people it names the index would be stale: drop it, the next request rebuilds.
            LOG.warn("Re-reading changed people for the coach index failed: {}", e.getMessage());
            state = null;
        }
    }
}
