package org.skillgraph.api.http.auth;

import io.javalin.http.Context;

/**
 * Headers on every response. Pages may load only what skillgraph serves itself (no inline script; Swagger
 * UI needs inline styles), may not be framed, and send no referrer; API answers, which can hold personal
 * data, are not stored by caches. No CORS header is ever sent, so browsers on other origins cannot read
 * answers: CORS is closed.
 */
public final class SecurityHeaders {

    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    public static void apply(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", CSP);
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }
}
