package org.skillgraph.api.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import org.skillgraph.api.http.auth.Access;

/**
 * The web UI: plain HTML/CSS/JS from the class path under {@code /ui/}, third-party scripts from their
 * webjars under {@code /ui/vendor/}, the icon at {@code /favicon.ico}. Static files need no token; only the API
 * calls they make do.
 */
final class UiController {

    static final String UI_PATH = "/ui";
    private static final String UI_RESOURCES = "/org/skillgraph/api/ui";

    static void serveFiles(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = UI_PATH;
            files.directory = UI_RESOURCES;
            files.location = Location.CLASSPATH;
        });
        // Browsers ask every server for /favicon.ico; its folder holds nothing else.
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/org/skillgraph/api/favicon";
            files.location = Location.CLASSPATH;
        });
        config.staticFiles.add(files -> {
            files.hostedPath = UI_PATH + "/vendor/cytoscape";
            // The webjar has no entry for dist/ itself, and Javalin insists the directory exists.
            files.directory =
                    "/META-INF/resources/webjars/cytoscape/" + Webjars.version("org.webjars.npm", "cytoscape");
            files.location = Location.CLASSPATH;
        });
    }

    void register(ApiRoutes routes) {
        // A browser pointed at the server's root lands on the UI rather than on a 404.
        routes.get("/", Access.OPEN, ctx -> ctx.redirect(UI_PATH + "/", HttpStatus.FOUND));
    }
}
