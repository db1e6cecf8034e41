package org.skillgraph.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.planning.PlanningService;
import org.skillgraph.engine.route.RoutePreferences;

/** Gap and route: for a person in the graph, or (POST /routes) for inline levels. */
final class PlanningController {

    private final PlanningService planning;
    private final ObjectMapper mapper;

    PlanningController(PlanningService planning, ObjectMapper mapper) {
        this.planning = planning;
        this.mapper = mapper;
    }

    void register(ApiRoutes routes) {
        routes.get("/api/v1/people/{id}/gap", Access.learnerOrStaff("id"), this::gap);
        routes.get("/api/v1/people/{id}/route", Access.learnerOrStaff("id"), this::route);
        routes.post("/api/v1/routes", Access.CURRICULUM_READ.computing(), this::inlineRoute);
    }

    private void gap(Context ctx) {
        var params = new QueryParams(ctx);
        var role = params.text("role");
        var skills = skillLevels(params, "skills");
        params.validate();
        if (role != null && !skills.isEmpty()) {
            throw InvalidRequestException.of("query:skills", "pass either role or skills, not both");
        }
        var id = ctx.pathParam("id");
        ctx.json(skills.isEmpty() ? planning.gapForRole(id, role) : planning.gapForSkills(id, skills));
    }

    private void route(Context ctx) {
        var params = new QueryParams(ctx);
        var role = params.text("role");
        var preferences = preferences(params);
        params.validate();
        ctx.json(planning.routeForRole(ctx.pathParam("id"), role, preferences));
    }

    private void inlineRoute(Context ctx) throws IOException {
        var request = Json.object(mapper, ctx, RouteRequest.class);
        request.validate();
        var learner = request.learner();
        var preferences = request.routePreferences();
        ctx.json(planning.planInline(learner, request.role(), request.skills(), preferences));
    }

    static RoutePreferences preferences(QueryParams params) {
        var excluded = params.setOf("excludeModalities", CatalogController.MODALITIES);
        var selfPacedOnly = params.bool("selfPacedOnly", false);
        var includeOptional = params.bool("includeOptional", false);
        var weekly = params.decimal("maxWeeklyHours", 0.5, 80);
        return new RoutePreferences(excluded, selfPacedOnly, includeOptional, weekly);
    }

    /** {@code skills=sql:3,query-tuning:2}: skill ids with required levels 1–5. */
    private static Map<String, Integer> skillLevels(QueryParams params, String name) {
        var result = new LinkedHashMap<String, Integer>();
        var bad = new ArrayList<FieldError>();
        for (var entry : params.ids(name)) {
            var colon = entry.lastIndexOf(':');
            try {
                if (colon <= 0) {
                    throw new NumberFormatException();
                }
                int level = Integer.parseInt(entry.substring(colon + 1));
                if (level < 1 || level > 5) {
                    throw new NumberFormatException();
                }
                result.put(entry.substring(0, colon), level);
            } catch (NumberFormatException e) {
                bad.add(new FieldError(
                        "query:" + name,
                        "expected skill:level with a level from 1 to 5, got '" + QueryParams.abbreviate(entry) + "'"));
            }
        }
        params.addAll(bad);
        return result;
    }
}
