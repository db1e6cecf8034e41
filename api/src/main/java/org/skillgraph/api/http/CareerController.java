package org.skillgraph.api.http;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.engine.career.CareerOptions;
import org.skillgraph.engine.career.CareerService;
import org.skillgraph.engine.error.FieldError;

/** Career routes: the k role sequences with the least learning, from a role or from a person. */
final class CareerController {

    /** Lower overlaps would make nearly every pair of roles a move, and every move costs a planner run. */
    static final double MIN_OVERLAP = 0.5;

    private static final Set<String> WEIGHTINGS = Arrays.stream(CareerOptions.Weighting.values())
            .map(CareerOptions.Weighting::code)
            .collect(Collectors.toSet());

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

    /**
     * {@code k} (1–10, default 3), {@code inferred} (default false), {@code minOverlap} (0.5–1, default 0.7),
     * {@code weighting} ({@code hours} by default, {@code observed}, {@code blend}) and, for the blend only,
     * {@code alpha} (0–1, default 0.5).
     */
    private static CareerOptions options(QueryParams params) {
        var k = params.integer("k", 1, CareerOptions.MAX_K);
        var inferred = params.bool("inferred", false);
        var minOverlap = params.decimal("minOverlap", MIN_OVERLAP, 1.0);
        var weighting = params.oneOf("weighting", WEIGHTINGS);
        var alpha = params.decimal("alpha", 0, 1);
        if (params.text("alpha") != null && !"blend".equals(weighting)) {
            params.addAll(List.of(new FieldError("query:alpha", "alpha tunes weighting=blend only")));
        }
        return new CareerOptions(
                k == null ? CareerOptions.DEFAULT_K : k,
                inferred,
                minOverlap == null ? CareerOptions.DEFAULT_MIN_OVERLAP : minOverlap,
                weighting == null
                        ? CareerOptions.Weighting.HOURS
                        : CareerOptions.Weighting.valueOf(weighting.toUpperCase(Locale.ROOT)),
                alpha == null ? CareerOptions.DEFAULT_ALPHA : alpha);
    }
}
