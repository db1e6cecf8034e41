package org.skillgraph.api.http;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import org.skillgraph.api.app.ImportVersions;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.api.http.auth.Caller;
import org.skillgraph.seed.bundle.BundleImporter;
import org.skillgraph.seed.bundle.ImportProgress;

/**
 * {@code POST /api/v1/import}: a bundle in, an import report out; a refused bundle writes nothing. With
 * {@code dryRun=true} the bundle is checked the same way and the answer counts what would change.
 */
final class ImportController {

    private final BundleImporter importer;
    private final Runnable afterWrite;
    private final ImportVersions versions;

    ImportController(BundleImporter importer, Runnable afterWrite, ImportVersions versions) {
        this.importer = importer;
        this.afterWrite = afterWrite;
        this.versions = versions;
    }

    void register(ApiRoutes routes) {
        routes.post("/api/v1/import", Access.ADMIN, this::importBundle);
    }

    private void importBundle(Context ctx) {
        var params = new QueryParams(ctx);
        boolean dryRun = params.bool("dryRun", false);
        params.validate();
        // bodyAsBytes() enforces the server's request size limit (413 beyond it); a stream would not.
        var bytes = ctx.bodyAsBytes();
        var body = new ByteArrayInputStream(bytes);
        if (dryRun) {
            ctx.status(200).json(importer.dryRun(body));
            return;
        }
        var report = importer.importBundle(body, ImportProgress.none());
        versions.bundle(
                bytes, "bundle", report, Caller.of(ctx).map(Caller::tokenId).orElse("anonymous"));
        afterWrite.run();
        ctx.status(200).json(report);
    }
}
