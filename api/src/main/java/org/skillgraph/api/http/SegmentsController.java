package org.skillgraph.api.http;

import io.javalin.http.Context;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.engine.segments.SegmentService;

/** Cohort segments: rule segments defined in data and an automatic grouping by gap profile, with entry points. */
final class SegmentsController {

    private final SegmentService segments;

    SegmentsController(SegmentService segments) {
        this.segments = segments;
    }

    void register(ApiRoutes routes) {
        routes.get("/api/v1/cohorts/{id}/segments", Access.PEOPLE, this::segments);
        routes.get(
                "/api/v1/roles/{id}/segments", Access.PEOPLE, ctx -> ctx.json(segments.targeting(ctx.pathParam("id"))));
    }

    private void segments(Context ctx) {
        var params = new QueryParams(ctx);
        var role = params.text("role");
        params.validate();
        ctx.json(segments.segments(ctx.pathParam("id"), role));
    }
}
