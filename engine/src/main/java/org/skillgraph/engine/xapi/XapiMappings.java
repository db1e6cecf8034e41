package org.skillgraph.engine.xapi;

import java.util.List;
import java.util.Map;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.error.ConflictException;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.neo4j.GraphClient;

/**
 * The mappings statements are applied through: a person's external ids (actor keys) and a module's activity ids.
 * Each id names at most one person or module. Setting a mapping replays the waiting statements it can apply: those
 * sent under one of the person's external ids, or about one of the module's activity ids.
 */
public final class XapiMappings {

    private final GraphClient graph;
    private final XapiService statements;

    public XapiMappings(GraphClient graph, XapiService statements) {
        this.graph = graph;
        this.statements = statements;
    }

    /** Replaces the person's external ids, then replays the waiting statements sent under one of them. */
    public ReplayResult setExternalIds(String personId, List<String> keys) {
        set("xapi/person-external-ids", "person", personId, "keys", keys, "external-id-taken");
        return statements.replayActors(keys);
    }

    /** Replaces the module's activity ids, then replays the waiting statements about one of them. */
    public ReplayResult setActivityIds(String moduleId, List<String> activities) {
        set("xapi/module-activity-ids", "module", moduleId, "activities", activities, "activity-id-taken");
        return statements.replayActivities(activities);
    }

    private void set(String statement, String kind, String id, String parameter, List<String> ids, String code) {
        var clash = graph.write(tx -> {
            var rows = tx.run(CypherResources.statement(statement), Map.of("id", id, parameter, List.copyOf(ids)))
                    .list();
            if (rows.isEmpty()) {
                throw new NotFoundException(kind, id);
            }
            var other = rows.get(0).get("clash");
            return other.isNull() ? null : other.asString();
        });
        if (clash != null) {
            throw new ConflictException(
                    code, "Another " + kind + " (" + clash + ") holds one of these ids", Map.of(kind, clash));
        }
    }
}
