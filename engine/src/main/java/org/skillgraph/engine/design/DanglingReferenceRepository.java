package org.skillgraph.engine.design;

import java.util.List;
import java.util.Map;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;

/**
 * Finds curriculum relationships whose ends lack the labels or ids the model expects. The snapshot cannot
 * see them (it reads relationships between correctly labelled nodes only), so this one query asks Neo4j.
 */
public final class DanglingReferenceRepository {

    /** What one round trip found. */
    public record Found(long graphVersion, int total, List<DanglingReference> references) {}

    private final GraphClient graph;

    public DanglingReferenceRepository(GraphClient graph) {
        this.graph = graph;
    }

    /** The graph version and up to {@code limit} dangling references (the total counts them all). */
    public Found find(int limit) {
        return graph.readSingle(CypherResources.statement("read/dangling-references"), Map.of("limit", limit), r -> {
            var references = r.get("found")
                    .asList(v -> new DanglingReference(
                            v.get("type").asString(),
                            Rows.string(v.get("fromId")),
                            Rows.strings(v.get("fromLabels")),
                            Rows.string(v.get("toId")),
                            Rows.strings(v.get("toLabels")),
                            Rows.strings(v.get("expected"))));
            return new Found(r.get("version").asLong(), r.get("total").asInt(), references);
        });
    }
}
