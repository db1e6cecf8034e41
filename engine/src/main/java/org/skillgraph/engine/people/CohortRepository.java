package org.skillgraph.engine.people;

import java.util.Map;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;
import org.skillgraph.engine.paging.Cursor;
import org.skillgraph.engine.paging.Page;

/** Reads cohorts; their members are listed through {@link PersonRepository#list} with a cohort filter. */
public final class CohortRepository {

    private final GraphClient graph;

    public CohortRepository(GraphClient graph) {
        this.graph = graph;
    }

    public Page<CohortSummary> list(String cursor, int limit) {
        var rows = graph.readRows(
                CypherResources.statement("read/cohort-list"),
                Map.of("after", Cursor.idOf(cursor), "limit", limit + 1),
                r -> {
                    var c = r.get("cohort");
                    return new CohortSummary(
                            c.get("id").asString(),
                            c.get("name").asString(),
                            Rows.string(c.get("description")),
                            r.get("members").asInt());
                });
        return Page.keyset(rows, limit, CohortSummary::id);
    }

    public boolean exists(String id) {
        return graph.readSingle(
                CypherResources.statement("read/cohort-exists"),
                Map.of("id", id),
                r -> r.get("found").asBoolean());
    }
}
