package org.skillgraph.api.http.edge;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;

/**
 * What the server does before Javalin sees a request: Jetty's refusals (a malformed, ambiguous or too long
 * URI, too large headers) answered as problem+json with the security headers. The only code that touches
 * Jetty directly.
 */
public final class JettyEdge {

    private JettyEdge() {}

    public static void install(JavalinConfig config, ObjectMapper mapper) {
        var handler = new ProblemErrorHandler(mapper);
        config.jetty.modifyServer(server -> server.setErrorHandler(handler));
    }
}
