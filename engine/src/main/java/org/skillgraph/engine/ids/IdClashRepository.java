package org.skillgraph.engine.ids;

import java.util.List;
import java.util.Map;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.neo4j.GraphClient;

/** Finds the ids nodes of several kinds share (data written before the rule was enforced, or around the API). */
public final class IdClashRepository {

    /** The first clashes and how many there are in all. */
    public record Found(int total, List<IdClash> clashes) {
        public Found {
            clashes = List.copyOf(clashes);
        }
    }

    private final GraphClient graph;

    public IdClashRepository(GraphClient graph) {
        this.graph = graph;
    }

    /** Up to {@code limit} shared ids in id order; the total counts them all. */
    public Found find(int limit) {
        return graph.readSingle(
                CypherResources.statement("read/id-clashes"),
                Map.of("limit", limit),
                r -> new Found(
                        r.get("total").asInt(),
                        r.get("clashes")
                                .asList(v -> new IdClash(
                                        v.get("id").asString(),
                                        v.get("labels").asList(l -> IdKinds.of(l.asString()))))));
    }
}
