package org.skillgraph.api.http;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.seed.bundle.BundleImporter;
import org.skillgraph.seed.bundle.ImportProgress;

/** {@code POST /api/v1/import}: a bundle in, an import report out; a refused bundle writes nothing. */
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
        // bodyAsBytes() enforces the server's request size limit (413 beyond it); a stream would not.
        var report = importer.importBundle(new ByteArrayInputStream(ctx.bodyAsBytes()), ImportProgress.none());
        afterWrite.run();
        ctx.status(200).json(report);
    }
}
