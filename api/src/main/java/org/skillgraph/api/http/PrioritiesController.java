package org.skillgraph.api.http;

import io.javalin.http.Context;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.engine.design.DesignService;
import org.skillgraph.engine.metrics.MetricsFilter;
import org.skillgraph.engine.priorities.PrioritiesService;

/**
 * What a group should attack first: gap skills by what closing them unblocks, modules to teach as one
 * session. Filters, suppression and CSV as for the other metrics.
 */
final class PrioritiesController {

    static final int DEFAULT_ITEMS = 10;

    private final DesignService design;

    PrioritiesController(DesignService design) {
        this.design = design;
    }

    void register(ApiRoutes routes) {
        routes.get("/api/v1/metrics/priorities", Access.AGGREGATES, this::priorities);
    }

    private void priorities(Context ctx) {
        var params = new QueryParams(ctx);
        var filter = new MetricsFilter(params.text("role"), params.text("cohort"), params.text("department"));
        var limit = params.integer("limit", 1, PrioritiesService.MAX_ITEMS);
        boolean csv = MetricsController.wantsCsv(ctx, params);
        params.validate();
        var report = design.priorities().priorities(filter, limit == null ? DEFAULT_ITEMS : limit);
        if (csv) {
            ctx.header("Content-Disposition", "inline; filename=\"priorities.csv\"");
            ctx.contentType("text/csv; charset=utf-8").result(MetricsCsv.priorities(report));
        } else {
            ctx.json(report);
        }
    }
}
