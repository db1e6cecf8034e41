package org.skillgraph.api.http.onet;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.skillgraph.api.app.ImportVersions;
import org.skillgraph.api.http.ApiRoutes;
import org.skillgraph.api.http.QueryParams;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.api.http.auth.Caller;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.onet.OnetImporter;
import org.skillgraph.seed.onet.OnetSource;

/**
 * {@code POST /api/v1/import/onet}: a zip of the O*NET text database in, an O*NET import report out (designers
 * and admins). {@code release} names the release when the zip's folder does not ({@code db_29_1_text});
 * {@code dryRun=true} reports what would change and writes nothing. A refused database writes nothing.
 */
public final class OnetImportController {

    private final OnetImporter importer;
    private final Runnable afterWrite;
    private final ImportVersions versions;

    public OnetImportController(OnetImporter importer, Runnable afterWrite, ImportVersions versions) {
        this.importer = importer;
        this.afterWrite = afterWrite;
        this.versions = versions;
    }

    public void register(ApiRoutes routes) {
        routes.post("/api/v1/import/onet", Access.CURRICULUM_WRITE, this::importDatabase);
    }

    private void importDatabase(Context ctx) {
        var params = new QueryParams(ctx);
        boolean dryRun = params.bool("dryRun", false);
        var release = Optional.ofNullable(params.text("release"));
        params.validate();
        // bodyAsBytes() enforces the server's request size limit (413 beyond it).
        var source = OnetSource.ofZip("request body", new ByteArrayInputStream(ctx.bodyAsBytes()));
        var report = importer.importDatabase(source, release, dryRun, ImportProgress.none());
        if (!dryRun) {
            versions.one(
                    report.framework(),
                    "onet " + report.release(),
                    report.written(),
                    Caller.of(ctx).map(Caller::tokenId).orElse("anonymous"));
            afterWrite.run();
        }
        ctx.status(200).json(report);
    }
}
