package org.skillgraph.api.http.export;

import io.javalin.http.Context;
import org.skillgraph.api.http.ApiRoutes;
import org.skillgraph.api.http.QueryParams;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.api.http.auth.AccessDeniedException;
import org.skillgraph.api.http.auth.Caller;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.seed.export.BundleExporter;

/**
 * {@code GET /api/v1/export}: the curriculum as a bundle that {@code POST /import} accepts (designers and
 * admins); {@code ?people=true} adds people and cohorts, for admins only. Every export is audited.
 */
public final class ExportController {

    private final BundleExporter exporter;

    public ExportController(BundleExporter exporter) {
        this.exporter = exporter;
    }

    public void register(ApiRoutes routes) {
        routes.get("/api/v1/export", Access.personal(AccessRole.ADMIN, AccessRole.DESIGNER), this::export);
    }

    private void export(Context ctx) {
        var params = new QueryParams(ctx);
        boolean people = params.bool("people", false);
        params.validate();
        if (people && Caller.of(ctx).map(c -> c.role() != AccessRole.ADMIN).orElse(true)) {
            throw AccessDeniedException.forbidden("Only admins may export people's data");
        }
        ctx.contentType("application/json").result(BundleExporter.bytes(exporter.export(people)));
    }
}
