package org.skillgraph.api.http;

import io.javalin.http.Context;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.skillgraph.api.http.auth.Access;

/** Liveness ({@code /health}: the process answers) and readiness ({@code /ready}: Neo4j and schema). */
final class HealthController {

    private final BooleanSupplier ready;
    private final Problems problems;

    HealthController(BooleanSupplier ready, Problems problems) {
        this.ready = ready;
        this.problems = problems;
    }

    void register(ApiRoutes routes) {
        routes.get("/health", Access.OPEN, ctx -> ctx.json(Map.of("status", "up")));
        routes.get("/ready", Access.OPEN, this::readiness);
    }

    private void readiness(Context ctx) {
        if (ready.getAsBoolean()) {
            ctx.json(Map.of("status", "ready"));
        } else {
            ctx.header("Retry-After", Problems.RETRY_AFTER_SECONDS);
            problems.send(
                    ctx,
                    Problem.of(
                            503, "not-ready", "Not ready", "Neo4j is not reachable or the schema is not online yet"));
        }
    }
}
