package org.skillgraph.engine.crosswalk;

import java.util.HashMap;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;
import org.skillgraph.engine.paging.Cursor;
import org.skillgraph.engine.paging.Page;

/** Lists crosswalks, optionally those touching one skill or one framework. */
public final class CrosswalkRepository {

    private final GraphClient graph;

    public CrosswalkRepository(GraphClient graph) {
        this.graph = graph;
    }

    /** Crosswalks by skill then match, a page of {@code limit} from {@code cursor}. */
    public Page<Crosswalk> list(String skill, String framework, String cursor, int limit) {
        int offset = Cursor.offsetOf(cursor);
        var parameters = new HashMap<String, Object>();
        parameters.put("skill", skill);
        parameters.put("framework", framework);
        parameters.put("skip", offset);
        parameters.put("limit", limit + 1);
        var rows = graph.readRows(
                CypherResources.statement("read/crosswalk-list"),
                parameters,
                r -> new Crosswalk(
                        r.get("skill").asString(),
                        Rows.string(r.get("skillName")),
                        Rows.string(r.get("skillFramework")),
                        r.get("match").asString(),
                        Rows.string(r.get("matchName")),
                        Rows.string(r.get("matchFramework"))));
        var items = rows.size() > limit ? rows.subList(0, limit) : rows;
        return new Page<>(items, rows.size() > limit ? Cursor.atOffset(offset + limit) : null);
    }
}
