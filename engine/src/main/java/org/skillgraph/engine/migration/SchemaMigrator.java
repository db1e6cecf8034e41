package org.skillgraph.engine.migration;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.skillgraph.cypher.Migrations;
import org.skillgraph.engine.neo4j.GraphClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings an existing store up to date at start: runs every migration newer than {@code Meta.schemaVersion},
 * oldest first, each in one write transaction that first takes the {@code Meta} lock and re-reads the
 * version, so several API nodes starting together run each migration once. Running it again does nothing.
 */
public final class SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    /** A migration rewrites a whole store; it gets the time an import gets. */
    private static final Duration TIMEOUT = Duration.ofMinutes(15);

    private final GraphClient graph;
    private final Supplier<Map<String, Object>> parameters;

    /**
     * @param parameters what the migrations need from outside the engine (the known frameworks), asked for
     *     only when a migration is pending
     */
    public SchemaMigrator(GraphClient graph, Supplier<Map<String, Object>> parameters) {
        this.graph = graph;
        this.parameters = parameters;
    }

    /** Runs the pending migrations; returns the store's schema version afterwards. */
    public int migrate() {
        int at = 0;
        for (var migration : Migrations.all()) {
            boolean ran = graph.write(
                    tx -> {
                        int current = tx.run(Migrations.lock())
                                .single()
                                .get("schemaVersion")
                                .asInt();
                        if (current >= migration.version()) {
                            return false;
                        }
                        var values = parameters.get();
                        boolean changed = false;
                        for (var statement : migration.statements()) {
                            changed |= tx.run(statement, values)
                                    .consume()
                                    .counters()
                                    .containsUpdates();
                        }
                        tx.run(Migrations.done(), Map.of("schemaVersion", migration.version(), "changed", changed))
                                .consume();
                        return true;
                    },
                    TIMEOUT);
            if (ran) {
                LOG.info("Schema migration {} ({}) applied", migration.version(), migration.name());
            }
            at = migration.version();
        }
        return at;
    }
}
