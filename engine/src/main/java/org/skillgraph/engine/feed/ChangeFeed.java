package org.skillgraph.engine.feed;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the change feed in the graph ({@code (:Change {seq, kind, id})}, appended by every people-data write and
 * every curriculum version bump) for one API node: one small read per poll, and at once after this node's own
 * people writes ({@link GraphClient#onPeopleWritten}), so a read after a write through the same node is exact.
 * Listeners get each batch under the feed's lock; {@link #ifCurrent} lets a cache store an answer read at a
 * feed position only while no later batch has passed it by.
 */
public final class ChangeFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);
    private static final int PAGE = 1_000;
    private static final int PRUNE_BATCH = 10_000;

    private final GraphClient graph;
    private final FeedSettings settings;
    private final Clock clock;
    private final List<Consumer<FeedBatch>> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private long position = -1;
    private volatile long curriculumVersion = -1;
    private volatile long lastPolled = Long.MIN_VALUE;
    private ScheduledExecutorService poller;

    public ChangeFeed(GraphClient graph, FeedSettings settings, Clock clock) {
        this.graph = graph;
        this.settings = settings;
        this.clock = clock;
    }

    /** Calls {@code listener} with every batch from now on (under the feed's lock: keep it short). */
    public void subscribe(Consumer<FeedBatch> listener) {
        listeners.add(listener);
    }

    /** Reads every change after this node's position and hands them to the listeners; the batch read. */
    public FeedBatch catchUp() {
        synchronized (lock) {
            var changes = new ArrayList<Change>();
            boolean reset = false;
            long seq;
            long version;
            while (true) {
                // A node that starts (or lost its place) needs no old changes: it caches nothing yet.
                long after = position < 0 ? Long.MAX_VALUE : position;
                var page = graph.readSingle(
                        CypherResources.statement("read/change-feed"),
                        Map.of("after", after, "limit", PAGE),
                        r -> new Page(
                                r.get("seq").asLong(),
                                r.get("version").asLong(),
                                r.get("pruned").asLong(),
                                r.get("changes")
                                        .asList(v -> new Change(
                                                v.get(0).asLong(), Rows.string(v.get(1)), Rows.string(v.get(2))))));
                // Behind the pruning mark, or ahead of the store (wiped and started again): nothing cached holds.
                reset |= position < 0 || page.pruned() > position || page.seq() < position;
                if (page.seq() < position) {
                    changes.clear();
                    position = -1;
                    continue;
                }
                changes.addAll(page.changes());
                seq = Math.max(page.seq(), page.changes().isEmpty() ? 0 : last(page.changes()));
                version = page.version();
                position = page.changes().isEmpty() ? seq : last(page.changes());
                if (page.changes().size() < PAGE) {
                    position = seq;
                    break;
                }
            }
            // Curriculum bumps append nothing (they lock Meta first, the feed last would invert edits' lock order
            // with evidence writes'): the version read with every poll says when it moved.
            if (!reset && curriculumVersion >= 0 && version != curriculumVersion) {
                changes.add(new Change(seq, Change.CURRICULUM, Long.toString(version)));
            }
            curriculumVersion = version;
            lastPolled = System.nanoTime();
            var batch = new FeedBatch(seq, version, reset, changes);
            if (reset || !changes.isEmpty()) {
                listeners.forEach(l -> l.accept(batch));
            }
            return batch;
        }
    }

    /**
     * Catches up after a people write through this node has committed. Should the read fail, caches stop answering
     * until the next poll succeeds rather than serve what the write changed; the write itself stands.
     */
    public void afterLocalWrite() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            lastPolled = Long.MIN_VALUE;
            LOG.warn("Catching up with the change feed after a write failed: {}", e.getMessage());
        }
    }

    /**
     * Runs {@code store} if nothing after {@code seq} has been applied yet and {@code version} is not behind the
     * curriculum version last polled, under the feed's lock: an answer read at feed position {@code seq} and stored
     * this way is dropped by the first batch that names a later change to it.
     */
    public void ifCurrent(long seq, long version, Runnable store) {
        synchronized (lock) {
            if (seq >= position && version >= curriculumVersion) {
                store.run();
            }
        }
    }

    /** Whether the last poll is recent enough ({@link FeedSettings#maxAge()}) for caches to answer from it. */
    public boolean current() {
        long polled = lastPolled;
        return polled != Long.MIN_VALUE
                && System.nanoTime() - polled < settings.maxAge().toNanos();
    }

    /** {@code Meta.version} as of the last poll, or -1 before the first. */
    public long curriculumVersion() {
        return curriculumVersion;
    }

    /** Polls every {@link FeedSettings#poll()} on a daemon thread and prunes old changes every minute. */
    public synchronized void start() {
        if (poller != null) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "change-feed");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.poll().toMillis();
        poller.scheduleWithFixedDelay(this::poll, 0, every, TimeUnit.MILLISECONDS);
        poller.scheduleWithFixedDelay(this::prune, 60_000, 60_000, TimeUnit.MILLISECONDS);
    }

    /** Deletes changes older than the retention window; how many. */
    public long prune() {
        try {
            var before = clock.instant().minus(settings.retention()).atZone(ZoneOffset.UTC);
            return graph.write(tx -> tx.run(
                            CypherResources.statement("write/change-prune"),
                            Map.of("before", before, "limit", PRUNE_BATCH))
                    .single()
                    .get("pruned")
                    .asLong());
        } catch (RuntimeException e) {
            LOG.warn("Pruning the change feed failed: {}", e.getMessage());
            return 0;
        }
    }

    private void poll() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            // Caches stop answering once the last poll is too old (current()); the next poll tries again.
            LOG.debug("Polling the change feed failed: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    private static long last(List<Change> changes) {
        return changes.get(changes.size() - 1).seq();
    }

    private record Page(long seq, long version, long pruned, List<Change> changes) {}
}
