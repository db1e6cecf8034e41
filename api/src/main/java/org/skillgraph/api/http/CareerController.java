package org.skillgraph.api.http;

import io.javalin.http.Context;
import java.util.List;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.engine.career.CareerOptions;
import org.skillgraph.engine.career.CareerService;
import org.skillgraph.engine.error.FieldError;

/** Career routes: the k role sequences with the least learning, from a role or from a person. */
final class CareerController {

    /** Lower overlaps would make nearly every pair of roles a move, and every move costs a planner run. */
    static final double MIN_OVERLAP = 0.5;

    private final CareerService career;

    CareerController(CareerService career) {
        this.career = career;
    }

    void register(ApiRoutes routes) {
        routes.get("/api/v1/roles/{from}/career-routes", Access.CURRICULUM_READ, this::fromRole);
        routes.get("/api/v1/people/{id}/career-routes", Access.learnerOrStaff("id"), this::forPerson);
    }

    private void fromRole(Context ctx) {
        var params = new QueryParams(ctx);
        var to = params.text("to");
        if (to == null) {
            params.addAll(List.of(new FieldError("query:to", "to (the target role id) is required")));
        }
        var options = options(params);
        params.validate();
        ctx.json(career.forRole(ctx.pathParam("from"), to, options));
    }

    private void forPerson(Context ctx) {
        var params = new QueryParams(ctx);
        var to = params.text("to");
        var options = options(params);
        params.validate();
        ctx.json(career.forPerson(ctx.pathParam("id"), to, options));
    }

    /** {@code k} (1–10, default 3), {@code inferred} (default false), {@code minOverlap} (0.5–1, default 0.7). */
    private static CareerOptions options(QueryParams params) {
        var k = params.integer("k", 1, CareerOptions.MAX_K);
        var inferred = params.bool("inferred", false);
        var minOverlap = params.decimal("minOverlap", MIN_OVERLAP, 1.0);
        return new CareerOptions(
                k == null ? CareerOptions.DEFAULT_K : k,
                inferred,
                minOverlap == null ? CareerOptions.DEFAULT_MIN_OVERLAP : minOverlap);
    }
}
