package org.skillgraph.engine.xapi;

import java.util.List;
import java.util.Map;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.error.ConflictException;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.neo4j.GraphClient;

/**
 * The mappings statements are applied through: a person's external ids (actor keys) and a module's activity ids.
 * Each id names at most one person or module. Changing a mapping replays the statements waiting for one.
 */
public final class XapiMappings {

    private final GraphClient graph;
    private final XapiService statements;

    public XapiMappings(GraphClient graph, XapiService statements) {
        this.graph = graph;
        this.statements = statements;
    }

    /** Replaces the person's external ids, then replays waiting statements. */
    public ReplayResult setExternalIds(String personId, List<String> keys) {
        set("xapi/person-external-ids", "person", personId, "keys", keys, "external-id-taken");
        return statements.replay();
    }

    /** Replaces the module's activity ids, then replays waiting statements. */
    public ReplayResult setActivityIds(String moduleId, List<String> activities) {
        set("xapi/module-activity-ids", "module", moduleId, "activities", activities, "activity-id-taken");
        return statements.replay();
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
