package org.skillgraph.engine.access;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.neo4j.GraphClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends audit events to the graph in batches from one background thread, so auditing a read costs the
 * request a queue insert rather than a write transaction. The writer lingers up to {@link #LINGER_MILLIS}
 * after an event so that a steady stream of audited reads costs the graph a few write transactions a second,
 * not one per request (each one competes with the reads for the same cores and syncs the transaction log).
 * Nothing is dropped: when the queue is full the request waits for room. {@link #flush()} returns once every
 * event recorded before it is written, without waiting out the linger; {@link #close()} flushes, so a clean
 * shutdown loses nothing. If the graph is unreachable, events stay queued and the writer retries.
 *
 * <p>Give it a {@link GraphClient#separateChain() separate chain} and read the trail ({@link AuditTrail})
 * through the same one: the request path never reads audit events back, so its reads need not wait for a
 * reader to replicate an audit batch, and a listing after {@link #flush()} still waits for every batch
 * the flush saw committed.
 */
public final class AuditLog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final int BATCH = 500;

    /** How long the writer waits for more events before it writes a batch that is not full. */
    public static final long LINGER_MILLIS = 50;

    private final GraphClient graph;
    private final BlockingQueue<AuditEvent> queue = new ArrayBlockingQueue<>(10_000);
    private final Object progress = new Object();
    private final Object wake = new Object();
    private boolean hurry; // guarded by wake: a flush or close asked the writer not to linger
    private final Thread writer;
    private long recorded;
    private long written;
    private volatile boolean closing;

    public AuditLog(GraphClient graph) {
        this.graph = graph;
        this.writer = new Thread(this::run, "skillgraph-audit");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Queues one event; blocks only when ten thousand events are waiting. A thread interrupted while it waits
     * (a server stopping) keeps its interrupt and the event is logged as lost rather than failing the request.
     */
    public void record(AuditEvent event) {
        synchronized (progress) {
            recorded++;
        }
        if (queue.offer(event)) {
            return;
        }
        try {
            queue.put(event);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            synchronized (progress) {
                recorded--;
            }
            LOG.error("Audit event lost while stopping: {} {} by {}", event.route(), event.subjects(), event.actor());
        }
    }

    /** Waits until every event recorded so far is in the graph (or {@code timeoutMillis} passed). */
    public boolean flush(long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (progress) {
            long target = recorded;
            while (written < target) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                // Again after every batch: the writer may have started lingering on a later event.
                hurry();
                try {
                    progress.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    public boolean flush() {
        return flush(10_000);
    }

    private void run() {
        var batch = new ArrayList<AuditEvent>(BATCH);
        while (!closing || !queue.isEmpty() || !batch.isEmpty()) {
            try {
                if (batch.isEmpty()) {
                    var first = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    linger();
                }
                queue.drainTo(batch, BATCH - batch.size());
                write(batch);
                synchronized (progress) {
                    written += batch.size();
                    progress.notifyAll();
                }
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("Cannot write {} audit events yet, retrying: {}", batch.size(), e.getMessage());
                sleepQuietly();
                if (closing && Thread.currentThread().isInterrupted()) {
                    return;
                }
            }
        }
    }

    private void write(List<AuditEvent> batch) {
        var rows = batch.stream().map(AuditLog::row).toList();
        graph.write(tx -> tx.run(CypherResources.statement("write/audit-append"), Map.of("events", rows))
                .consume());
    }

    private static Map<String, Object> row(AuditEvent e) {
        var row = new HashMap<String, Object>();
        row.put("id", e.id());
        row.put("at", e.at().atZone(ZoneOffset.UTC));
        row.put("actor", e.actor());
        row.put("actorRole", e.actorRole());
        row.put("action", e.action());
        row.put("route", e.route());
        row.put("status", e.status());
        row.put("subjects", e.subjects());
        return row;
    }

    /** Waits up to the linger for more events, unless a flush or close hurries it or a batch is full. */
    private void linger() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LINGER_MILLIS);
        synchronized (wake) {
            long left;
            while (!hurry && !closing && queue.size() < BATCH && (left = until - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.timedWait(wake, left);
            }
            hurry = false;
        }
    }

    private void hurry() {
        synchronized (wake) {
            hurry = true;
            wake.notifyAll();
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing = true;
        hurry();
        try {
            writer.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (writer.isAlive()) {
            LOG.warn("Audit writer did not finish; {} events not written", queue.size());
            writer.interrupt();
        }
    }
}
