package org.skillgraph.api.http.moodle;

import io.javalin.http.Context;
import org.skillgraph.api.app.ImportVersions;
import org.skillgraph.api.http.ApiRoutes;
import org.skillgraph.api.http.QueryParams;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.api.http.auth.Caller;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.moodle.MoodleImporter;

/**
 * {@code POST /api/v1/import/moodle}: a Moodle competency framework CSV in (the body, {@code text/csv}), a
 * Moodle import report out (designers and admins); {@code dryRun=true} checks the file and writes nothing. A
 * refused file answers {@code invalid-moodle-csv} with a {@code line N/Column} pointer per problem.
 */
public final class MoodleImportController {

    private final MoodleImporter importer;
    private final Runnable afterWrite;
    private final ImportVersions versions;

    public MoodleImportController(MoodleImporter importer, Runnable afterWrite, ImportVersions versions) {
        this.importer = importer;
        this.afterWrite = afterWrite;
        this.versions = versions;
    }

    public void register(ApiRoutes routes) {
        routes.post("/api/v1/import/moodle", Access.CURRICULUM_WRITE, this::importCsv);
    }

    private void importCsv(Context ctx) {
        var params = new QueryParams(ctx);
        boolean dryRun = params.bool("dryRun", false);
        params.validate();
        // bodyAsBytes() enforces the server's request size limit (413 beyond it).
        var report = importer.importCsv("request body", ctx.bodyAsBytes(), dryRun, ImportProgress.none());
        if (!dryRun) {
            versions.one(
                    report.framework(),
                    "moodle",
                    report.written(),
                    Caller.of(ctx).map(Caller::tokenId).orElse("anonymous"));
            afterWrite.run();
        }
        ctx.status(200).json(report);
    }
}
