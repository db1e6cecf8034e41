package org.skillgraph.api.http;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.seed.bundle.BundleImporter;
import org.skillgraph.seed.bundle.ImportProgress;

/**
 * {@code POST /api/v1/import}: a bundle in, an import report out; a refused bundle writes nothing. With
 * {@code dryRun=true} the bundle is checked the same way and the answer counts what would change.
 */
final class ImportController {

    private final BundleImporter importer;
    private final Runnable afterWrite;

    ImportController(BundleImporter importer, Runnable afterWrite) {
        this.importer = importer;
        this.afterWrite = afterWrite;
    }

    void register(ApiRoutes routes) {
        routes.post("/api/v1/import", Access.ADMIN, this::importBundle);
    }

    private void importBundle(Context ctx) {
        var params = new QueryParams(ctx);
        boolean dryRun = params.bool("dryRun", false);
        params.validate();
        // bodyAsBytes() enforces the server's request size limit (413 beyond it); a stream would not.
        var body = new ByteArrayInputStream(ctx.bodyAsBytes());
        if (dryRun) {
            ctx.status(200).json(importer.dryRun(body));
            return;
        }
        var report = importer.importBundle(body, ImportProgress.none());
        afterWrite.run();
        ctx.status(200).json(report);
    }
}
