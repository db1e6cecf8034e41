package org.skillgraph.api.http;

import io.javalin.http.Context;
import java.io.IOException;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.engine.crosswalk.CrosswalkRepository;
import org.skillgraph.engine.editing.CrosswalkEditor;

/**
 * Crosswalks between frameworks: every caller of the curriculum may list them, designers add and remove
 * them (audited as every write; If-Match against the owning skill's tag, as for prerequisites).
 */
final class CrosswalkController {

    private final CrosswalkRepository crosswalks;
    private final CrosswalkEditor editor;
    private final Writes writes;

    CrosswalkController(CrosswalkRepository crosswalks, CrosswalkEditor editor, Writes writes) {
        this.crosswalks = crosswalks;
        this.editor = editor;
        this.writes = writes;
    }

    void register(ApiRoutes routes) {
        routes.get("/api/v1/crosswalks", Access.CURRICULUM_READ, this::list);
        routes.post("/api/v1/crosswalks", Access.CURRICULUM_WRITE, this::add);
        routes.delete("/api/v1/crosswalks/{skillId}/{matchId}", Access.CURRICULUM_WRITE, this::remove);
    }

    private void list(Context ctx) {
        var params = new QueryParams(ctx);
        var skill = params.text("skill");
        var framework = params.text("framework");
        int limit = params.limit();
        var cursor = params.cursor();
        params.validate();
        ctx.json(crosswalks.list(skill, framework, cursor, limit));
    }

    private void add(Context ctx) throws IOException {
        var ifMatch = Writes.ifMatch(ctx);
        var body = writes.body(ctx, CrosswalkBody.class).checked();
        var written = editor.add(body.skill(), body.match(), ifMatch);
        writes.created(
                ctx,
                "/api/v1/crosswalks?skill=" + body.skill(),
                new org.skillgraph.engine.concurrency.Tagged<>(written.value(), written.etag()));
    }

    private void remove(Context ctx) {
        var ifMatch = Writes.ifMatch(ctx);
        writes.deleted(ctx, editor.remove(ctx.pathParam("skillId"), ctx.pathParam("matchId"), ifMatch));
    }
}
