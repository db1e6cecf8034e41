package org.skillgraph.api.http.framework;

import io.javalin.http.Context;
import org.skillgraph.api.http.ApiRoutes;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.framework.FrameworkRepository;

/** Framework reads: the list and one framework with its counts and scale mapping. */
public final class FrameworkController {

    private final FrameworkRepository frameworks;

    public FrameworkController(FrameworkRepository frameworks) {
        this.frameworks = frameworks;
    }

    public void register(ApiRoutes routes) {
        routes.get("/api/v1/frameworks", Access.CURRICULUM_READ, this::list);
        routes.get("/api/v1/frameworks/{id}", Access.CURRICULUM_READ, this::framework);
    }

    private void list(Context ctx) {
        ctx.json(frameworks.list());
    }

    private void framework(Context ctx) {
        var id = ctx.pathParam("id");
        ctx.json(frameworks.find(id).orElseThrow(() -> new NotFoundException("framework", id)));
    }
}
