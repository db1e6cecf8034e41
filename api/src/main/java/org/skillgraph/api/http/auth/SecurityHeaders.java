package org.skillgraph.api.http.auth;

import io.javalin.http.Context;
import java.util.function.BiConsumer;

/**
 * Headers on every response. Pages may load only what skillgraph serves itself (no inline script; Swagger
 * UI needs inline styles), may not be framed, and send no referrer; API answers, which can hold personal
 * data, are not stored by caches: every answer but the static files of the UI, the API reference and the icon
 * carries {@code Cache-Control: no-store} (so do the xAPI and CASE endpoints, which sit outside {@code /api/}). No
 * CORS header is ever sent, so browsers on other origins cannot read
 * answers: CORS is closed.
 */
public final class SecurityHeaders {

    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    public static void apply(Context ctx) {
        forEach(ctx.path(), ctx::header);
    }

    /**
     * Hands each header a response to {@code path} carries to {@code header}; for answers written outside
     * Javalin (errors Jetty sends itself).
     */
    public static void forEach(String path, BiConsumer<String, String> header) {
        forEach(isStaticFile(path), header);
    }

    /**
     * Hands each header an error answer carries: never cached, whatever the path (which may be what was
     * wrong, and may not even parse).
     */
    public static void forEachOnError(BiConsumer<String, String> header) {
        forEach(false, header);
    }

    private static void forEach(boolean staticFile, BiConsumer<String, String> header) {
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("X-Frame-Options", "DENY");
        header.accept("Referrer-Policy", "no-referrer");
        header.accept("Content-Security-Policy", CSP);
        if (!staticFile) {
            header.accept("Cache-Control", "no-store");
        }
    }

    /** A file that is the same for everyone: the UI's files, the API reference's assets, the icon. */
    static boolean isStaticFile(String path) {
        return path.equals("/ui")
                || path.startsWith("/ui/")
                || path.startsWith("/docs/assets/")
                || path.equals("/favicon.ico");
    }
}
