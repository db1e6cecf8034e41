package org.skillgraph.engine.neo4j;

import java.time.Duration;
import org.skillgraph.cypher.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies the schema at startup: idempotent, one transaction per statement, then waits for indexes. */
public final class SchemaInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaInstaller.class);

    private final GraphClient graph;

    public SchemaInstaller(GraphClient graph) {
        this.graph = graph;
    }

    /** Creates what is missing, ensures the {@code Meta} node exists and returns its version. */
    public long install() {
        for (var statement : Schema.statements()) {
            graph.write(tx -> tx.run(statement).consume());
        }
        graph.write(tx -> tx.run("CALL db.awaitIndexes(300)").consume(), Duration.ofMinutes(6));
        long version = graph.write(
                tx -> tx.run("MERGE (m:Meta {id: 'meta'}) ON CREATE SET m.version = 0 RETURN m.version AS version")
                        .single()
                        .get("version")
                        .asLong());
        LOG.info(
                "Schema applied ({} statements), graph version {}",
                Schema.statements().size(),
                version);
        return version;
    }

    /** Whether every constraint and index is online. */
    public boolean isOnline() {
        return graph.read(tx -> {
            var check = Schema.onlineCheck();
            var r = tx.run(check.text(), check.parameters()).single();
            int total = r.get("total").asInt();
            return total == Schema.statements().size() && r.get("online").asInt() == total;
        });
    }
}
