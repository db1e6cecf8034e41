package org.skillgraph.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.skillgraph.api.http.auth.Caller;

/**
 * What a learner token sees of answers that mention other people: their names and what the purpose needs,
 * never their ids (a learner cannot look anyone up by id anyway). Staff tokens get the answers unchanged.
 */
final class LearnerViews {

    private final ObjectMapper mapper;

    LearnerViews(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    static boolean forLearner(Context ctx) {
        return Caller.of(ctx).map(Caller::isLearner).orElse(false);
    }

    /** A person's own profile: the manager by name only. */
    Object person(Context ctx, Object detail) {
        if (!forLearner(ctx)) {
            return detail;
        }
        JsonNode tree = mapper.valueToTree(detail);
        if (tree.get("manager") instanceof ObjectNode manager) {
            manager.remove("id");
        }
        return tree;
    }

    /** A learner's own export: other people at the far end of a relationship appear by name only. */
    Object export(Context ctx, Object export) {
        if (!forLearner(ctx)) {
            return export;
        }
        JsonNode tree = mapper.valueToTree(export);
        for (var relationship : tree.path("relationships")) {
            if ("Person".equals(relationship.path("label").asText()) && relationship instanceof ObjectNode r) {
                r.remove("id");
            }
        }
        return tree;
    }

    /**
     * Coaches suggested to a learner: each coach by name, department, location and time zone, no id; in its place an
     * opaque {@code requestHandle} with which the learner can request that coach.
     */
    Object coaches(Context ctx, Object answer, String learnerId, CoachRequestHandles handles) {
        if (!forLearner(ctx)) {
            return answer;
        }
        JsonNode tree = mapper.valueToTree(answer);
        for (var candidate : tree.path("candidates")) {
            if (candidate instanceof ObjectNode c && c.get("coach") instanceof ObjectNode coach) {
                var skills = new java.util.ArrayList<String>();
                c.path("skills").forEach(s -> skills.add(s.path("skillId").asText()));
                var handle = handles.handle(learnerId, coach.path("id").asText(), skills);
                coach.remove("id");
                if (handle != null) {
                    c.put("requestHandle", handle);
                }
            }
        }
        return tree;
    }
}
