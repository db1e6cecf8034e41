package org.skillgraph.engine.career;

import java.util.List;
import java.util.Map;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;

/** Reads everyone's role history (HELD_ROLE) in one round trip, without person ids. */
public final class RoleHistoryRepository {

    private final GraphClient graph;

    public RoleHistoryRepository(GraphClient graph) {
        this.graph = graph;
    }

    /** Every role history, in no particular order. */
    public List<RoleHistory> all() {
        return graph.readSingle(
                CypherResources.statement("read/role-histories"),
                Map.of(),
                r -> r.get("histories")
                        .asList(h -> new RoleHistory(
                                h.get("stints")
                                        .asList(s -> new RoleHistory.Stint(
                                                s.get("role").asString(),
                                                Rows.date(s.get("from")),
                                                Rows.date(s.get("to")))),
                                Rows.string(h.get("current")))));
    }
}
