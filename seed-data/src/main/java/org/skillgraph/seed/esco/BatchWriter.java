package org.skillgraph.seed.esco;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Collects rows per statement and writes each full batch in its own transaction function (retried on
 * transient errors; every statement is an idempotent {@code UNWIND … MERGE}, so a retry is harmless).
 */
final class BatchWriter {

    private final Session session;
    private final TransactionConfig config;
    private final int batchSize;
    private final List<Batch> open = new ArrayList<>();

    private long nodesCreated;
    private long relationshipsCreated;
    private long propertiesSet;

    BatchWriter(Session session, TransactionConfig config, int batchSize) {
        this.session = session;
        this.config = config;
        this.batchSize = batchSize;
    }

    /** A batch over {@code statement} that writes itself every {@code batchSize} rows. */
    Batch batch(String statement) {
        var batch = new Batch(statement);
        open.add(batch);
        return batch;
    }

    /** Writes what every batch still holds. */
    void flush() {
        open.forEach(Batch::flush);
    }

    long nodesCreated() {
        return nodesCreated;
    }

    long relationshipsCreated() {
        return relationshipsCreated;
    }

    long propertiesSet() {
        return propertiesSet;
    }

    private void write(String statement, List<Map<String, Object>> rows) {
        var counters = session.executeWrite(
                tx -> tx.run(statement, Map.of("rows", rows)).consume().counters(), config);
        count(counters);
    }

    private void count(SummaryCounters c) {
        nodesCreated += c.nodesCreated();
        relationshipsCreated += c.relationshipsCreated();
        propertiesSet += c.propertiesSet();
    }

    /** Rows for one statement; {@link #rows()} counts every row added. */
    final class Batch {
        private final String statement;
        private List<Map<String, Object>> pending = new ArrayList<>();
        private long rows;

        private Batch(String statement) {
            this.statement = statement;
        }

        void add(Map<String, Object> row) {
            pending.add(row);
            rows++;
            if (pending.size() >= batchSize) {
                flush();
            }
        }

        long rows() {
            return rows;
        }

        void flush() {
            if (!pending.isEmpty()) {
                write(statement, pending);
                pending = new ArrayList<>();
            }
        }
    }
}
