package org.skillgraph.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.api.http.auth.Caller;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.engine.design.DesignService;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.neighbourhood.NeighbourhoodRepository;
import org.skillgraph.engine.neighbourhood.RelationshipTypes;

/** Tools for learning designers: the validation report, a node's neighbourhood, what-if analysis. */
final class DesignerController {

    private final DesignService design;
    private final NeighbourhoodRepository neighbourhood;
    private final ObjectMapper mapper;

    DesignerController(DesignService design, NeighbourhoodRepository neighbourhood, ObjectMapper mapper) {
        this.design = design;
        this.neighbourhood = neighbourhood;
        this.mapper = mapper;
    }

    void register(ApiRoutes routes) {
        routes.get("/api/v1/curriculum/validation", Access.DESIGN_READ, this::validation);
        routes.post("/api/v1/curriculum/what-if", Access.DESIGN_READ.computing(), this::whatIf);
        routes.get("/api/v1/graph/neighbourhood", Access.CURRICULUM_READ, this::neighbourhood);
    }

    private void validation(Context ctx) {
        var report = design.validate();
        // The dead ends' samples name people: only callers who may read people's data see them.
        ctx.json(seesPeople(ctx) ? report : report.withoutPeopleSamples());
    }

    private void whatIf(Context ctx) throws IOException {
        var request = Json.object(mapper, ctx, WhatIfRequest.class);
        var changes = request.validated();
        var report = request.population() == null
                ? design.whatIf(changes)
                : design.whatIf(changes, request.population().filter());
        var body = new LinkedHashMap<String, Object>();
        body.put("graphVersion", report.graphVersion());
        body.put("changes", request.changes());
        body.put("rolesChanged", report.rolesChanged());
        if (report.people() != null) {
            body.put("people", report.people());
        }
        body.put("roles", report.roles());
        ctx.json(body);
    }

    private void neighbourhood(Context ctx) {
        var params = new QueryParams(ctx);
        var id = params.text("id");
        if (id == null) {
            params.addAll(List.of(new FieldError("query:id", "id (the id of any node) is required")));
        }
        var depth = params.integer("depth", 1, NeighbourhoodRepository.MAX_DEPTH);
        var types = params.setOf("types", RelationshipTypes.ALL);
        var limit = params.integer("limit", 1, NeighbourhoodRepository.MAX_LIMIT);
        params.validate();
        boolean seesPeople = seesPeople(ctx);
        if (!seesPeople && types.stream().anyMatch(RelationshipTypes.PEOPLE::contains)) {
            throw InvalidRequestException.of(
                    "query:types", "people's relationship types need a coordinator or admin token");
        }
        ctx.json(neighbourhood.around(
                id,
                depth == null ? NeighbourhoodRepository.DEFAULT_DEPTH : depth,
                types,
                limit == null ? NeighbourhoodRepository.DEFAULT_LIMIT : limit,
                seesPeople));
    }

    private static boolean seesPeople(Context ctx) {
        return Caller.of(ctx)
                .map(c -> c.role() == AccessRole.ADMIN || c.role() == AccessRole.COORDINATOR)
                .orElse(false);
    }
}
