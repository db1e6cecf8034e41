package org.skillgraph.api.http.auth;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.skillgraph.engine.access.ApiToken;
import org.skillgraph.engine.access.TokenService;

/**
 * Runs in front of every route handler: authenticates the bearer token (failures limited per client address,
 * see {@link FailedAuthentications}), applies the token's rate limit, and
 * checks the route's {@link Access} before the handler (and so the graph) is reached. A learner asking for
 * another person is refused on the path alone, so the answer cannot tell whether that person exists.
 */
public final class AccessGate {

    static final String ROUTE = "skillgraph.route";
    static final String ACCESS = "skillgraph.access";
    private static final String BEARER = "Bearer ";

    /** Set on a request whose credentials failed: the client address, for the audit trail. */
    static final String FAILED_FROM = "skillgraph.auth.failedFrom";

    private final TokenService tokens;
    private final RateLimiter limiter;
    private final FailedAuthentications failures;

    public AccessGate(TokenService tokens, SecuritySettings settings) {
        this.tokens = tokens;
        this.limiter = new RateLimiter(settings.requestsPerSecond(), settings.burst());
        this.failures = new FailedAuthentications(settings.failedAuthPerMinute(), settings.failedAuthBurst());
    }

    /** {@code handler} behind this gate, for the route {@code method path} with the given access. */
    public Handler guard(String method, String path, Access access, Handler handler) {
        var route = method.toUpperCase(java.util.Locale.ROOT) + " " + path;
        return ctx -> {
            ctx.attribute(ROUTE, route);
            ctx.attribute(ACCESS, access);
            if (!access.open()) {
                var caller = authenticate(ctx);
                ctx.attribute(Caller.ATTRIBUTE, caller);
                limiter.acquire(caller);
                if (!access.permits(caller, ctx)) {
                    throw AccessDeniedException.forbidden(
                            "This token's role (" + caller.role().wireName() + ") may not " + route);
                }
            }
            handler.handle(ctx);
        };
    }

    private Caller authenticate(Context ctx) {
        var header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw AccessDeniedException.unauthenticated("Send an API token: Authorization: Bearer <token>");
        }
        var address = ctx.ip();
        var basic = BasicCredentials.parse(header);
        boolean bearer = header.regionMatches(true, 0, BEARER, 0, BEARER.length());
        var secret = bearer ? header.substring(BEARER.length()).strip() : "";
        if (basic.isPresent()) {
            bearer = true;
            secret = basic.get().secret();
        }
        if (failures.exhausted(address)) {
            // Guessing from here costs no lookup; a token this node checked already still works, so people
            // sharing the address with whoever is guessing can go on.
            return tokens.cached(secret)
                    .filter(t -> basic.isEmpty() || basic.get().matches(t))
                    .map(Caller::of)
                    .orElseThrow(() -> failures.refusal(address));
        }
        var token = bearer ? tokens.authenticate(secret) : java.util.Optional.<ApiToken>empty();
        if (basic.isPresent()) {
            // HTTP Basic is how learning systems send xAPI: key = token id, secret = token secret; connectors only.
            token = token.filter(t -> basic.get().matches(t));
        }
        if (token.isEmpty()) {
            failures.record(address);
            ctx.attribute(FAILED_FROM, address);
            throw AccessDeniedException.unauthenticated(
                    bearer
                            ? "The token is unknown or revoked"
                            : "Send Authorization: Bearer <token>, or Basic <token id>:<token> from a connector");
        }
        return Caller.of(token.get());
    }
}
