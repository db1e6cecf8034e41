package org.skillgraph.api.http.xapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.skillgraph.api.http.ApiRoutes;
import org.skillgraph.api.http.BodyCheck;
import org.skillgraph.api.http.QueryParams;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.api.http.auth.AuditRecorder;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.engine.xapi.XapiMappings;
import org.skillgraph.engine.xapi.XapiService;

/**
 * What maps statements to the graph: people's external ids, modules' activity ids, the statements still waiting
 * for a mapping and their replay. Waiting statements name actors, so only admins and designers list them.
 */
public final class MappingController {

    /** Listing and replaying waiting statements: the people who map them. */
    static final Access MAPPERS = Access.personal(AccessRole.ADMIN, AccessRole.DESIGNER);

    private final XapiService statements;
    private final XapiMappings mappings;
    private final ObjectMapper mapper;

    public MappingController(XapiService statements, XapiMappings mappings, ObjectMapper mapper) {
        this.statements = statements;
        this.mappings = mappings;
        this.mapper = mapper;
    }

    public void register(ApiRoutes routes) {
        routes.get("/api/v1/xapi/unmapped", MAPPERS, this::unmapped);
        routes.post("/api/v1/xapi/replay", MAPPERS, ctx -> {
            // The replay takes no body; one sent anyway is refused rather than silently ignored.
            var check = new BodyCheck();
            if (!ctx.body().isBlank()) {
                check.fail("", "must be empty: the replay takes no body");
            }
            check.throwIfInvalid("replay request");
            ctx.json(statements.replay());
        });
        routes.put("/api/v1/people/{id}/external-ids", Access.PEOPLE, this::externalIds);
        routes.put("/api/v1/modules/{id}/activity-ids", Access.CURRICULUM_WRITE, this::activityIds);
        routes.put("/api/v1/skills/{id}/activity-ids", Access.CURRICULUM_WRITE, this::skillActivityIds);
    }

    private void unmapped(Context ctx) {
        var params = new QueryParams(ctx);
        var limit = params.integer("limit", 1, 1000);
        params.validate();
        ctx.json(Map.of("statements", statements.unmapped(limit == null ? 100 : limit)));
    }

    private void externalIds(Context ctx) throws IOException {
        var body = IdList.read(mapper, ctx, "externalIds", false);
        var id = ctx.pathParam("id");
        AuditRecorder.subjects(ctx, id);
        var replayed = mappings.setExternalIds(id, body);
        ctx.json(answer("personId", id, "externalIds", body, replayed));
    }

    private void activityIds(Context ctx) throws IOException {
        var body = IdList.read(mapper, ctx, "activityIds", true);
        var id = ctx.pathParam("id");
        var replayed = mappings.setActivityIds(id, body);
        ctx.json(answer("moduleId", id, "activityIds", body, replayed));
    }

    private void skillActivityIds(Context ctx) throws IOException {
        var body = IdList.read(mapper, ctx, "activityIds", true);
        var id = ctx.pathParam("id");
        var replayed = mappings.setSkillActivityIds(id, body);
        ctx.json(answer("skillId", id, "activityIds", body, replayed));
    }

    private static Map<String, Object> answer(String idName, String id, String listName, Object list, Object replayed) {
        var answer = new LinkedHashMap<String, Object>();
        answer.put(idName, id);
        answer.put(listName, list);
        answer.put("replayed", replayed);
        return answer;
    }
}
