package org.skillgraph.engine.neo4j;

import org.skillgraph.cypher.CypherResources;

/** Facts about the graph as a whole: its version and whether it is still empty. */
public final class GraphInfo {

    private final GraphClient graph;

    public GraphInfo(GraphClient graph) {
        this.graph = graph;
    }

    /** {@code Meta.version}: bumped by every write made through skillgraph. */
    public long version() {
        return graph.read(tx -> tx.run(CypherResources.statement("read/meta-version"))
                .single()
                .get("version")
                .asLong());
    }

    /** Whether the graph holds no skills, roles, modules or people yet. */
    public boolean isEmpty() {
        return graph.read(tx -> tx.run(CypherResources.statement("read/graph-empty"))
                .single()
                .get("empty")
                .asBoolean());
    }
}
