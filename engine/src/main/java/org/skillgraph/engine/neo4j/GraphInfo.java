package org.skillgraph.engine.neo4j;

import java.util.Map;
import org.skillgraph.cypher.CypherResources;

/** Facts about the graph as a whole: its version and whether it is still empty. */
public final class GraphInfo {

    private final GraphClient graph;

    public GraphInfo(GraphClient graph) {
        this.graph = graph;
    }

    /** {@code Meta.version}: bumped by every write made through skillgraph. */
    public long version() {
        return graph.readSingle(
                CypherResources.statement("read/meta-version"),
                Map.of(),
                r -> r.get("version").asLong());
    }

    /** Whether the graph holds no skills, roles, modules or people yet. */
    public boolean isEmpty() {
        return graph.readSingle(
                CypherResources.statement("read/graph-empty"),
                Map.of(),
                r -> r.get("empty").asBoolean());
    }
}
