package org.skillgraph.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skillgraph.api.http.auth.AccessDeniedException;
import org.skillgraph.engine.error.ConflictException;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.GraphUnavailableException;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.error.PreconditionFailedException;
import org.skillgraph.seed.bundle.BundleValidationException;
import org.skillgraph.seed.bundle.GraphUnreachableException;
import org.skillgraph.seed.esco.EscoFormatException;
import org.skillgraph.seed.interchange.InterchangeException;
import org.skillgraph.seed.interchange.InterchangeProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to an RFC 9457 problem document. Engine errors carry messages written for the
 * caller; anything unexpected becomes a 500 whose detail is a reference to the log, never a stack
 * trace or a driver message.
 */
final class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    /** Seconds a client should wait before retrying when Neo4j is unavailable. */
    static final String RETRY_AFTER_SECONDS = "5";

    private static final Map<Integer, String> TITLES =
            Map.of(401, "Unauthorized", 403, "Forbidden", 429, "Too many requests");

    private final ObjectMapper mapper;

    Problems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void register(RoutesConfig routes) {
        routes.exception(
                NotFoundException.class, (e, ctx) -> send(ctx, Problem.of(404, e.code(), "Not found", e.getMessage())));
        routes.exception(
                InvalidRequestException.class,
                (e, ctx) -> send(
                        ctx,
                        Problem.of(400, e.code(), "Invalid request", e.getMessage())
                                .withErrors(e.errors())));
        routes.exception(
                ConflictException.class,
                (e, ctx) -> send(
                        ctx,
                        Problem.of(409, e.code(), "Conflict", e.getMessage()).withExtensions(e.details())));
        routes.exception(
                PreconditionFailedException.class,
                (e, ctx) -> send(
                        ctx,
                        Problem.of(412, e.code(), "Precondition failed", e.getMessage())
                                .withExtensions(Map.of("currentETag", e.currentTag()))));
        routes.exception(GraphUnavailableException.class, (e, ctx) -> unavailable(ctx, e));
        // An import's own sessions report an outage as seed-data's exception: the same answer.
        routes.exception(GraphUnreachableException.class, (e, ctx) -> unavailable(ctx, e));
        routes.exception(
                BundleValidationException.class,
                (e, ctx) -> send(
                        ctx,
                        Problem.of(
                                        400,
                                        "invalid-bundle",
                                        "Invalid bundle",
                                        e.problems().size() + " problem(s) found; nothing was written")
                                .withErrors(e.problems().stream()
                                        .map(p -> new FieldError(p.pointer(), p.message()))
                                        .toList())));
        routes.exception(
                InterchangeException.class,
                (e, ctx) -> send(
                        ctx,
                        Problem.of(
                                        400,
                                        e.code(),
                                        "Invalid exchange file",
                                        e.problems().size() + " problem(s) found; nothing was written")
                                .withErrors(e.problems().stream()
                                        .map(p -> new FieldError(p.pointer(), p.message()))
                                        .toList())
                                .withExtensions(Map.of(
                                        "files",
                                        e.problems().stream()
                                                .map(InterchangeProblem::file)
                                                .distinct()
                                                .toList()))));
        routes.exception(
                EscoFormatException.class,
                (e, ctx) -> send(ctx, Problem.of(400, "not-esco-export", "Not an ESCO export", e.getMessage())));
        routes.exception(AccessDeniedException.class, (e, ctx) -> {
            if (e.status() == 401) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"skillgraph\"");
            }
            if (e.retryAfterSeconds() > 0) {
                ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            }
            // No instance: a refused request's path is not echoed back.
            write(ctx, Problem.of(e.status(), e.code(), TITLES.get(e.status()), e.getMessage()));
        });
        routes.exception(JsonProcessingException.class, (e, ctx) -> send(ctx, badJson(e)));
        routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, fromHttp(e.getStatus(), e.getMessage())));
        routes.exception(Exception.class, (e, ctx) -> {
            var reference = UUID.randomUUID().toString();
            LOG.error("Unexpected error {} on {} {}", reference, ctx.method(), ctx.path(), e);
            send(ctx, Problem.of(500, "internal-error", "Internal error", "Unexpected error; reference " + reference));
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null) {
                send(ctx, Problem.of(404, "no-such-route", "Not found", "No resource at " + ctx.path()));
            }
        });
        routes.error(405, ctx -> {
            if (ctx.result() == null) {
                send(
                        ctx,
                        Problem.of(
                                405,
                                "method-not-allowed",
                                "Method not allowed",
                                ctx.method() + " is not supported on " + ctx.path()));
            }
        });
    }

    private void unavailable(Context ctx, RuntimeException e) {
        LOG.warn("Graph unavailable on {} {}: {}", ctx.method(), ctx.path(), rootMessage(e));
        ctx.header("Retry-After", RETRY_AFTER_SECONDS);
        send(ctx, Problem.of(503, "graph-unavailable", "Service unavailable", e.getMessage() + "; retry later"));
    }

    void send(Context ctx, Problem problem) {
        write(ctx, problem.at(ctx.path()));
    }

    private void write(Context ctx, Problem problem) {
        try {
            ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE).result(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a problem document", e);
        }
    }

    private static Problem badJson(JsonProcessingException e) {
        var pointer = JsonErrors.pointer(e);
        var detail = JsonErrors.describe(e);
        return Problem.of(400, "invalid-body", "Invalid request body", "The body is not valid for this request")
                .withErrors(List.of(new FieldError(pointer, detail)));
    }

    private static Problem fromHttp(int status, String message) {
        return switch (status) {
            case 413 -> Problem.of(413, "payload-too-large", "Payload too large", "The request body is too large");
            case 404 -> Problem.of(404, "no-such-route", "Not found", message);
            case 415 -> Problem.of(415, "unsupported-media-type", "Unsupported media type", message);
            default -> Problem.of(status, "http-" + status, "HTTP " + status, message);
        };
    }

    private static String rootMessage(Throwable e) {
        var root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
