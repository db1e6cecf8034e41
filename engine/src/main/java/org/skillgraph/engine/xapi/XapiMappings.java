package org.skillgraph.engine.xapi;

import java.util.List;
import java.util.Map;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.error.ConflictException;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.neo4j.GraphClient;

/**
 * The mappings statements are applied through: a person's external ids (actor keys), a module's and a skill's
 * activity ids. Each id names at most one person, or one module or skill. Setting a mapping replays the waiting statements it can apply: those
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

    /**
     * Replaces the skill's activity ids (a statement about one of them is evidence for the skill), then replays the
     * waiting statements about one of them. An activity id names one module or skill.
     */
    public ReplayResult setSkillActivityIds(String skillId, List<String> activities) {
        set("xapi/skill-activity-ids", "skill", skillId, "activities", activities, "activity-id-taken");
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
            if (other.isNull()) {
                return null;
            }
            // Activity ids are held by modules and skills alike; external ids by people only.
            var holder = rows.get(0).containsKey("clashKind")
                    ? rows.get(0).get("clashKind").asString()
                    : kind;
            return List.of(holder, other.asString());
        });
        if (clash != null) {
            var holder = clash.get(0);
            var other = clash.get(1);
            throw new ConflictException(
                    code,
                    (holder.equals(kind) ? "Another " + kind : "A " + holder) + " (" + other
                            + ") holds one of these ids",
                    Map.of(holder, other));
        }
    }
}
