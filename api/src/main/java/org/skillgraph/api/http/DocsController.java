package org.skillgraph.api.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.skillgraph.api.http.auth.Access;

/** The OpenAPI document and Swagger UI (served from its webjar, nothing from a CDN). */
final class DocsController {

    static final String OPENAPI_RESOURCE = "/org/skillgraph/api/openapi/openapi.json";
    static final String SWAGGER_ASSETS = "/docs/assets";

    private final String openApi;
    private final String page;

    DocsController() {
        this.openApi = resource(OPENAPI_RESOURCE);
        this.page = resource("/org/skillgraph/api/openapi/docs.html");
    }

    void register(ApiRoutes routes) {
        routes.get("/api/v1/openapi.json", Access.OPEN, this::openApi);
        routes.get("/docs", Access.OPEN, ctx -> ctx.html(page));
    }

    private void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApi);
    }

    static String resource(String path) {
        try (var in = DocsController.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
