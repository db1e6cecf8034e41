package org.skillgraph.api.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers handlers and remembers every (method, path) pair, so a test can hold the OpenAPI
 * document to exactly the routes the server answers.
 */
public final class ApiRoutes {

    /** A registered route, in OpenAPI path syntax ({@code /skills/{id}}). */
    public record Route(String method, String path) {}

    private final RoutesConfig routes;
    private final List<Route> registered = new ArrayList<>();

    ApiRoutes(RoutesConfig routes) {
        this.routes = routes;
    }

    public void get(String path, Handler handler) {
        registered.add(new Route("get", path));
        routes.get(path, handler);
    }

    public void post(String path, Handler handler) {
        registered.add(new Route("post", path));
        routes.post(path, handler);
    }

    public void put(String path, Handler handler) {
        registered.add(new Route("put", path));
        routes.put(path, handler);
    }

    public void patch(String path, Handler handler) {
        registered.add(new Route("patch", path));
        routes.patch(path, handler);
    }

    public void delete(String path, Handler handler) {
        registered.add(new Route("delete", path));
        routes.delete(path, handler);
    }

    public List<Route> registered() {
        return List.copyOf(registered);
    }
}
