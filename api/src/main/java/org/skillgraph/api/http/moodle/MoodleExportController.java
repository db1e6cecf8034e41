package org.skillgraph.api.http.moodle;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.function.Supplier;
import org.skillgraph.api.http.ApiRoutes;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.seed.moodle.MoodleCsvWriter;

/** {@code GET /api/v1/frameworks/{id}/moodle.csv}: a framework as a CSV Moodle's competency import accepts. */
public final class MoodleExportController {

    private final Supplier<JsonNode> curriculum;

    public MoodleExportController(Supplier<JsonNode> curriculum) {
        this.curriculum = curriculum;
    }

    public void register(ApiRoutes routes) {
        routes.get("/api/v1/frameworks/{id}/moodle.csv", Access.CURRICULUM_READ, this::export);
    }

    private void export(Context ctx) {
        var id = ctx.pathParam("id");
        var export = curriculum.get();
        for (var framework : export.path("frameworks")) {
            if (framework.path("id").asText().equals(id)) {
                ctx.contentType("text/csv; charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"moodle-competencies.csv\"")
                        .result(MoodleCsvWriter.write(export, framework));
                return;
            }
        }
        throw new NotFoundException("framework", id);
    }
}
