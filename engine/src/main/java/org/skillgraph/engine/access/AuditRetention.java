package org.skillgraph.engine.access;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.neo4j.GraphClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes audit events older than a retention period. An event names a token and the people a request was
 * about, so the trail is personal data and is kept only as long as it serves its purpose. A purge deletes
 * in batches, each its own write transaction, so the first purge of a large trail never becomes one giant
 * transaction. {@link #startDaily()} purges right away and then every day on a daemon thread; {@link
 * #close()} stops it. A purge is logged with its count, not recorded as an audit event: it has no token,
 * route or subject, and an event about deleting events would itself be purged in turn.
 */
public final class AuditRetention implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuditRetention.class);

    /** Events deleted per transaction. */
    public static final int BATCH = 5_000;

    private final GraphClient graph;
    private final Clock clock;
    private final int days;
    private final int batch;
    private ScheduledExecutorService scheduler;

    /**
     * @param graph the client the audit log writes through (its separate chain)
     * @param days how many days an event is kept; 0 keeps every event forever
     */
    public AuditRetention(GraphClient graph, Clock clock, int days) {
        this(graph, clock, days, BATCH);
    }

    AuditRetention(GraphClient graph, Clock clock, int days, int batch) {
        if (days < 0) {
            throw new IllegalArgumentException("retention days must be 0 (keep forever) or more, was " + days);
        }
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be positive, was " + batch);
        }
        this.graph = graph;
        this.clock = clock;
        this.days = days;
        this.batch = batch;
    }

    /**
     * Deletes every event older than the retention period and returns how many; none when it is 0. When
     * several API nodes purge the same events at the same moment, Neo4j lets each delete them (the later
     * delete does nothing) and each counts them, so their counts add up to more than were deleted.
     */
    public long purge() {
        if (days == 0) {
            return 0;
        }
        var before = clock.instant().minus(Duration.ofDays(days)).atZone(ZoneOffset.UTC);
        var params = Map.<String, Object>of("before", before, "batch", batch);
        long total = 0;
        long matched;
        do {
            matched = graph.write(tx -> tx.run(CypherResources.statement("write/audit-purge"), params)
                    .single()
                    .get("matched")
                    .asLong());
            total += matched;
        } while (matched == batch);
        LOG.info("Audit retention: deleted {} events older than {} days (before {})", total, days, before);
        return total;
    }

    /** Purges now (on the scheduler's thread, so a start does not wait for it) and then once a day. */
    public synchronized void startDaily() {
        if (days == 0) {
            LOG.info("Audit retention off: audit events are kept forever");
            return;
        }
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            var thread = new Thread(task, "skillgraph-audit-retention");
            thread.setDaemon(true);
            return thread;
        });
        // A one-shot first purge still runs when close() follows at once; the daily one does not.
        scheduler.execute(this::purgeQuietly);
        scheduler.scheduleWithFixedDelay(this::purgeQuietly, 1, 1, TimeUnit.DAYS);
    }

    private void purgeQuietly() {
        try {
            purge();
        } catch (RuntimeException e) {
            // A periodic task that throws is never run again; the next day's purge catches up.
            LOG.warn("Audit retention: purge failed, next try in a day: {}", e.getMessage());
        }
    }

    /** Stops the daily purge, letting a purge under way finish for up to 10 s. */
    @Override
    public synchronized void close() {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            scheduler.shutdownNow();
        }
    }
}
