package org.skillgraph.api.http.credential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import org.skillgraph.api.http.ApiRoutes;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.engine.credential.Award;
import org.skillgraph.engine.credential.CredentialService;
import org.skillgraph.engine.credential.CredentialUrls;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.error.NotFoundException;

/**
 * Open Badges 3.0 credentials (see docs/credentials.md). The credential, the person's own data, is for that
 * learner and admins; the issuer Profile, its keys, the status lists and the badges' Achievements are open, as
 * any verifier must fetch them; verification takes any authenticated caller; revocation is for admins and audited as a write.
 */
public final class CredentialController {

    public static final String JWT = "application/vc+jwt";
    public static final String JSON_LD = "application/vc+ld+json";
    public static final String ISSUER = "/api/v1/issuer";
    public static final String ACHIEVEMENTS = "/api/v1/achievements/";
    public static final String STATUS = "/api/v1/credentials/status/";
    public static final String JWKS = "/.well-known/jwks.json";

    private final CredentialService credentials;
    private final BinaryOperator<String> cfItemId;
    private final ObjectMapper mapper;

    public CredentialController(CredentialService credentials, BinaryOperator<String> cfItemId, ObjectMapper mapper) {
        this.credentials = credentials;
        this.cfItemId = cfItemId;
        this.mapper = mapper;
    }

    public void register(ApiRoutes routes) {
        routes.get("/api/v1/people/{id}/badges/{badgeId}/credential", Access.learnerOrAdmin("id"), this::credential);
        routes.post("/api/v1/people/{id}/badges/{badgeId}/credential/revocation", Access.ADMIN, this::revoke);
        routes.get(
                ACHIEVEMENTS + "{badgeId}",
                Access.OPEN,
                ctx -> ctx.contentType("application/ld+json")
                        .result(write(credentials.achievement(ctx.pathParam("badgeId"), urls(ctx)))));
        routes.get(ISSUER, Access.OPEN, ctx -> ctx.contentType(JSON_LD).result(write(credentials.issuer(urls(ctx)))));
        routes.get(
                JWKS,
                Access.OPEN,
                ctx -> ctx.contentType("application/jwk-set+json").result(write(credentials.jwks())));
        routes.get(STATUS + "{list}", Access.OPEN, this::statusList);
        routes.post("/api/v1/credentials/verify", Access.AUTHENTICATED.computing(), this::verify);
    }

    private void credential(Context ctx) {
        boolean json = json(ctx);
        var signed = credentials.credential(ctx.pathParam("id"), ctx.pathParam("badgeId"), urls(ctx));
        ctx.header("Cache-Control", "no-store");
        if (json) {
            ctx.contentType(JSON_LD).result(write(signed.credential()));
        } else {
            ctx.contentType(JWT).result(signed.jwt());
        }
    }

    private void statusList(Context ctx) {
        boolean json = json(ctx);
        int list;
        try {
            list = Integer.parseInt(ctx.pathParam("list"));
        } catch (NumberFormatException e) {
            throw new NotFoundException("status list", ctx.pathParam("list"));
        }
        var signed = credentials.statusList(list, urls(ctx));
        ctx.header("Cache-Control", "no-store");
        if (json) {
            ctx.contentType(JSON_LD).result(write(signed.credential()));
        } else {
            ctx.contentType(JWT).result(signed.jwt());
        }
    }

    private void revoke(Context ctx) {
        var body = object(ctx);
        var reason = body.path("reason");
        var errors = new java.util.ArrayList<FieldError>();
        body.fieldNames().forEachRemaining(name -> {
            if (!name.equals("reason")) {
                errors.add(new FieldError("/" + name, "unknown field; the body is {\"reason\": \"…\"}"));
            }
        });
        if (!reason.isTextual() || reason.asText().isBlank() || reason.asText().length() > 500) {
            errors.add(new FieldError("/reason", "required: a text of 1 to 500 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid-body", "The revocation is invalid", errors);
        }
        var revoked = credentials.revoke(ctx.pathParam("id"), ctx.pathParam("badgeId"), reason.asText());
        ctx.json(Map.of(
                "credentialId", revoked.id(),
                "statusListIndex", revoked.statusIndex(),
                "revokedAt", revoked.revokedAt().toString()));
    }

    private void verify(Context ctx) {
        var body = object(ctx);
        var credential = body.path("credential");
        if (body.size() != 1 || !credential.isTextual()) {
            throw new InvalidRequestException(
                    "invalid-body",
                    "The body is {\"credential\": \"<compact JWS>\"}",
                    List.of(new FieldError("/credential", "required: the credential as a compact JWS (VC-JWT)")));
        }
        var result = credentials.verify(credential.asText());
        ctx.json(Map.of("valid", result.valid(), "checks", result.checks(), "problems", result.problems()));
    }

    private JsonNode object(Context ctx) {
        try {
            var node = mapper.readTree(ctx.body());
            if (node == null || !node.isObject()) {
                throw new InvalidRequestException(
                        "invalid-body",
                        "The body must be a JSON object",
                        List.of(new FieldError("body", "not an object")));
            }
            return node;
        } catch (IOException e) {
            throw new InvalidRequestException(
                    "invalid-body", "The body is not JSON", List.of(new FieldError("body", "not JSON")));
        }
    }

    /** Whether the unsigned JSON was asked for ({@code ?format=json} or {@code Accept: application/vc+ld+json}). */
    private static boolean json(Context ctx) {
        var format = ctx.queryParam("format");
        if (format != null && !format.equals("json") && !format.equals("jwt")) {
            throw new InvalidRequestException(
                    "invalid-parameter",
                    "Unknown format",
                    List.of(new FieldError("query:format", "must be jwt (the default) or json")));
        }
        if (format != null) {
            return format.equals("json");
        }
        var accept = ctx.header("Accept");
        return accept != null && accept.contains(JSON_LD) && !accept.contains(JWT);
    }

    private CredentialUrls urls(Context ctx) {
        var base = ctx.scheme() + "://" + ctx.host();
        var ids = cfItemId;
        return new CredentialUrls() {
            @Override
            public String issuer() {
                return base + ISSUER;
            }

            @Override
            public String achievement(String badgeId) {
                return base
                        + ACHIEVEMENTS
                        + java.net.URLEncoder.encode(badgeId, java.nio.charset.StandardCharsets.UTF_8);
            }

            @Override
            public String alignment(Award.Certified skill) {
                return base + "/ims/case/v1p1/CFItems/"
                        + ids.apply(skill.framework() == null ? "" : skill.framework(), skill.skillId());
            }

            @Override
            public String statusList(int list) {
                return base + STATUS + list;
            }
        };
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
