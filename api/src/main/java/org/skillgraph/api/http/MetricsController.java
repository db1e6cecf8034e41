package org.skillgraph.api.http;

import io.javalin.http.Context;
import java.util.Set;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.engine.metrics.MetricsFilter;
import org.skillgraph.engine.metrics.MetricsService;

/**
 * Measurement: time to competency, module completion and drop-off, retention of levels and the most common
 * gaps, for everyone or filtered by target role, cohort and department. Each answers JSON, or CSV with
 * {@code format=csv} or {@code Accept: text/csv}.
 */
final class MetricsController {

    static final int DEFAULT_GAPS = 10;

    private final MetricsService metrics;

    MetricsController(MetricsService metrics) {
        this.metrics = metrics;
    }

    void register(ApiRoutes routes) {
        routes.get("/api/v1/metrics/time-to-competency", Access.AGGREGATES, this::timeToCompetency);
        routes.get("/api/v1/metrics/modules", Access.AGGREGATES, this::modules);
        routes.get("/api/v1/metrics/retention", Access.AGGREGATES, this::retention);
        routes.get("/api/v1/metrics/gaps", Access.AGGREGATES, this::gaps);
    }

    private void timeToCompetency(Context ctx) {
        var params = new QueryParams(ctx);
        var filter = filter(params);
        var bucketDays = params.integer("bucketDays", 1, 3650);
        boolean csv = wantsCsv(ctx, params);
        params.validate();
        var report = metrics.timeToCompetency(filter, bucketDays);
        answer(ctx, csv, "time-to-competency", report, () -> MetricsCsv.timeToCompetency(report));
    }

    private void modules(Context ctx) {
        var params = new QueryParams(ctx);
        var filter = filter(params);
        var dropOffDays = params.integer("dropOffDays", 1, 3650);
        boolean csv = wantsCsv(ctx, params);
        params.validate();
        var report = metrics.modules(filter, dropOffDays);
        answer(ctx, csv, "modules", report, () -> MetricsCsv.modules(report));
    }

    private void retention(Context ctx) {
        var params = new QueryParams(ctx);
        var filter = filter(params);
        boolean csv = wantsCsv(ctx, params);
        params.validate();
        var report = metrics.retention(filter);
        answer(ctx, csv, "retention", report, () -> MetricsCsv.retention(report));
    }

    private void gaps(Context ctx) {
        var params = new QueryParams(ctx);
        var filter = filter(params);
        var limit = params.integer("limit", 1, MetricsService.MAX_GAPS);
        boolean csv = wantsCsv(ctx, params);
        params.validate();
        var report = metrics.gaps(filter, limit == null ? DEFAULT_GAPS : limit);
        answer(ctx, csv, "gaps", report, () -> MetricsCsv.gaps(report));
    }

    private static MetricsFilter filter(QueryParams params) {
        return new MetricsFilter(params.text("role"), params.text("cohort"), params.text("department"));
    }

    /** {@code format} decides when given; otherwise an {@code Accept} naming {@code text/csv}. */
    static boolean wantsCsv(Context ctx, QueryParams params) {
        var format = params.oneOf("format", Set.of("json", "csv"));
        if (format != null) {
            return format.equals("csv");
        }
        if (ctx.queryParam("format") != null && !ctx.queryParam("format").isBlank()) {
            return false;
        }
        var accept = ctx.header("Accept");
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("text/csv");
    }

    private static void answer(
            Context ctx, boolean csv, String name, Object report, java.util.function.Supplier<String> table) {
        if (csv) {
            ctx.header("Content-Disposition", "inline; filename=\"" + name + ".csv\"");
            ctx.contentType("text/csv; charset=utf-8").result(table.get());
        } else {
            ctx.json(report);
        }
    }
}
