package org.skillgraph.api.http.casepkg;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import org.skillgraph.api.app.ImportVersions;
import org.skillgraph.api.http.ApiRoutes;
import org.skillgraph.api.http.QueryParams;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.api.http.auth.Caller;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.casepkg.CaseImporter;

/**
 * {@code POST /api/v1/import/case}: a CASE 1.1 CFPackage (JSON) in, a CASE import report out (designers and
 * admins); with {@code dryRun=true} it is checked and mapped the same way and the answer counts what would
 * change. A package that breaks the official schema is refused with the JSON pointer of each problem and
 * nothing is written.
 */
public final class CaseImportController {

    private final CaseImporter importer;
    private final Runnable afterWrite;
    private final ImportVersions versions;

    public CaseImportController(CaseImporter importer, Runnable afterWrite, ImportVersions versions) {
        this.importer = importer;
        this.afterWrite = afterWrite;
        this.versions = versions;
    }

    public void register(ApiRoutes routes) {
        routes.post("/api/v1/import/case", Access.CURRICULUM_WRITE, this::importPackage);
    }

    private void importPackage(Context ctx) {
        var params = new QueryParams(ctx);
        boolean dryRun = params.bool("dryRun", false);
        params.validate();
        // bodyAsBytes() enforces the server's request size limit (413 beyond it).
        var body = new ByteArrayInputStream(ctx.bodyAsBytes());
        if (dryRun) {
            ctx.status(200).json(importer.dryRun("request body", body));
            return;
        }
        var report = importer.importPackage("request body", body, ImportProgress.none());
        versions.one(
                report.framework(),
                "case",
                report.written(),
                Caller.of(ctx).map(Caller::tokenId).orElse("anonymous"));
        afterWrite.run();
        ctx.status(200).json(report);
    }
}
