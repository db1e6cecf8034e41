package org.skillgraph.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.skillgraph.api.app.Security;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.api.http.auth.AuditRecorder;
import org.skillgraph.api.http.auth.Caller;
import org.skillgraph.engine.access.AuditQuery;
import org.skillgraph.engine.error.InvalidRequestException;

/** Who am I, token management, the audit trail, and the data-subject operations (export, erasure). */
final class AccessController {

    private final Security security;
    private final ObjectMapper mapper;
    private final LearnerViews views;

    AccessController(Security security, ObjectMapper mapper) {
        this.security = security;
        this.mapper = mapper;
        this.views = new LearnerViews(mapper);
    }

    void register(ApiRoutes routes) {
        routes.get("/api/v1/me", Access.AUTHENTICATED, this::me);
        routes.get("/api/v1/me/coaching", Access.AUTHENTICATED, this::myCoaching);
        routes.get(
                "/api/v1/tokens",
                Access.ADMIN,
                ctx -> ctx.json(Map.of("items", security.tokens().list())));
        routes.post("/api/v1/tokens", Access.ADMIN, this::createToken);
        routes.delete(
                "/api/v1/tokens/{id}",
                Access.ADMIN,
                ctx -> ctx.json(security.tokens().revoke(ctx.pathParam("id"))));
        routes.get("/api/v1/audit", Access.ADMIN, this::audit);
        routes.get("/api/v1/people/{id}/export", Access.learnerOrAdmin("id"), this::export);
        routes.post("/api/v1/people/{id}/erasure", Access.ADMIN, this::erase);
    }

    private void me(Context ctx) {
        var caller = Caller.of(ctx).orElseThrow();
        var body = new LinkedHashMap<String, Object>();
        body.put("tokenId", caller.tokenId());
        body.put("role", caller.role().wireName());
        if (caller.personId() != null) {
            body.put("personId", caller.personId());
        }
        ctx.json(body);
    }

    private void myCoaching(Context ctx) {
        var caller = Caller.of(ctx).orElseThrow();
        if (caller.personId() == null) {
            throw InvalidRequestException.of("token", "only a learner token stands for a person with coaching pairs");
        }
        ctx.json(Map.of("items", security.personalData().coachingPairs(caller.personId())));
    }

    private void createToken(Context ctx) throws IOException {
        var request = Json.object(mapper, ctx, TokenRequest.class);
        var role = request.validRole();
        AuditRecorder.subjects(ctx, request.personId());
        var issued = security.tokens().issue(role, request.personId(), request.label());
        AuditRecorder.subjects(ctx, issued.token().id());
        ctx.header("Location", "/api/v1/tokens/" + issued.token().id());
        ctx.status(201).json(Map.of("token", issued.token(), "secret", issued.secret()));
    }

    private void audit(Context ctx) {
        var params = new QueryParams(ctx);
        var query = new AuditQuery(
                params.text("actor"), params.text("subject"), params.instant("since"), params.instant("until"));
        int limit = params.limit();
        var cursor = params.cursor();
        params.validate();
        ctx.json(security.trail().list(query, cursor, limit));
    }

    private void export(Context ctx) {
        ctx.json(views.export(ctx, security.personalData().export(ctx.pathParam("id"))));
    }

    private void erase(Context ctx) {
        var id = ctx.pathParam("id");
        // Events about the person still queued must reach the graph before it rewrites them.
        security.audit().flush();
        var erased = security.personalData().erase(id);
        // The erasure revoked the person's tokens in the graph; this node must stop accepting them now.
        security.tokens().forgetPerson(id);
        AuditRecorder.pseudonymise(ctx, id, erased.pseudonym());
        ctx.json(Map.of("personId", id, "pseudonym", erased.pseudonym(), "erased", erased.erased()));
    }
}
