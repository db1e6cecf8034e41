package org.skillgraph.engine.curriculum;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.skillgraph.engine.neo4j.CatchUp;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds curriculum snapshots keyed by {@code Meta.version}. A request that learned the graph's version
 * (in the same round trip as the person's data) asks for that version; the snapshot is rebuilt lazily,
 * once, when the version moved. Several API nodes sharing one Neo4j each notice a write this way.
 */
public final class CurriculumCache implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CurriculumCache.class);

    private final Supplier<CurriculumSnapshot> loader;
    /**
     * Snapshots by generation and version. {@link #invalidate()} starts a new generation, so a build that began
     * before it (one started ahead of requests, say) can neither be found by later requests nor become
     * {@link #latest}: it may have read a graph that has since gone back to a lower version, as a restore does.
     */
    private final Cache<Key, CurriculumSnapshot> snapshots;

    private final AtomicLong generation = new AtomicLong();
    private final ExecutorService builder = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "curriculum-snapshot");
        thread.setDaemon(true);
        return thread;
    });
    private volatile CurriculumSnapshot latest;

    public CurriculumCache(Supplier<CurriculumSnapshot> loader) {
        this.loader = loader;
        // Two entries: the current snapshot and, briefly, the one requests still in flight use.
        this.snapshots = Caffeine.newBuilder().maximumSize(2).build();
    }

    /**
     * Starts building the snapshot of {@code version} in the background, so that the first request after a
     * curriculum change (an import, an edit, another node's write seen in the change feed) does not pay for it.
     * A request asking for that version meanwhile waits for this build instead of starting its own; nothing is
     * served from an older version than asked for. A failed build is only logged: the next request retries.
     *
     * <p>Version 0 is a store nothing was ever imported into (or one just wiped): there is nothing worth building,
     * and a snapshot of it must not become the latest while another node (or a test's own importer) fills the store
     * and this node's feed still says 0; the first request then reads whatever the store holds by then.
     */
    public void prepare(long version) {
        var current = latest;
        if (version <= 0 || (current != null && current.version() >= version)) {
            return;
        }
        // The generation of now: a build still queued when an invalidation comes can neither be found nor published.
        var key = new Key(generation.get(), version);
        try {
            builder.execute(() -> {
                try {
                    if (key.generation() == generation.get()) {
                        snapshots.get(key, this::rebuild);
                    }
                } catch (RuntimeException e) {
                    LOG.debug("Building curriculum snapshot v{} ahead of requests failed: {}", version, e.getMessage());
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("Closed: no snapshot built ahead for v{}", version);
        }
    }

    /** Stops building snapshots ahead of requests. */
    @Override
    public void close() {
        builder.shutdownNow();
        try {
            builder.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The snapshot for {@code version}. If a write happened meanwhile, the snapshot may be newer than
     * asked for, never older.
     */
    public CurriculumSnapshot at(long version) {
        var current = latest;
        if (current != null && current.version() >= version) {
            return current;
        }
        return snapshots.get(new Key(generation.get(), version), this::rebuild);
    }

    /** Forgets every snapshot, and any build still running; the next request rebuilds. */
    public void invalidate() {
        synchronized (generation) {
            generation.incrementAndGet();
            latest = null;
        }
        snapshots.invalidateAll();
    }

    private record Key(long generation, long version) {}

    /** Reads the curriculum, at least at {@code key.version} (see {@link CatchUp}). */
    private CurriculumSnapshot rebuild(Key key) {
        long began = System.nanoTime();
        var snapshot = CatchUp.read(key.version(), loader, CurriculumSnapshot::version, "curriculum");
        synchronized (generation) {
            var previous = latest;
            if (generation.get() == key.generation()
                    && (previous == null || snapshot.version() >= previous.version())) {
                latest = snapshot;
            }
        }
        LOG.info(
                "Curriculum snapshot v{} built in {} ms: {}",
                snapshot.version(),
                (System.nanoTime() - began) / 1_000_000,
                snapshot);
        return snapshot;
    }
}
