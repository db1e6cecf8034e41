package org.skillgraph.api.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.api.http.auth.AccessGate;

/**
 * Registers handlers, each behind the {@link AccessGate} with the {@link Access} it declares, and remembers
 * every (method, path, access) triple, so tests can hold the OpenAPI document and the access matrix to
 * exactly the routes the server answers.
 */
public final class ApiRoutes {

    /** A registered route, in OpenAPI path syntax ({@code /skills/{id}}), with who may call it. */
    public record Route(String method, String path, Access access) {}

    private final RoutesConfig routes;
    private final AccessGate gate;
    private final List<Route> registered = new ArrayList<>();

    ApiRoutes(RoutesConfig routes, AccessGate gate) {
        this.routes = routes;
        this.gate = gate;
    }

    public void get(String path, Access access, Handler handler) {
        routes.get(path, guard("get", path, access, handler));
    }

    public void post(String path, Access access, Handler handler) {
        routes.post(path, guard("post", path, access, handler));
    }

    public void put(String path, Access access, Handler handler) {
        routes.put(path, guard("put", path, access, handler));
    }

    public void patch(String path, Access access, Handler handler) {
        routes.patch(path, guard("patch", path, access, handler));
    }

    public void delete(String path, Access access, Handler handler) {
        routes.delete(path, guard("delete", path, access, handler));
    }

    private Handler guard(String method, String path, Access access, Handler handler) {
        registered.add(new Route(method, path, java.util.Objects.requireNonNull(access, "access")));
        return gate.guard(method, path, access, handler);
    }

    public List<Route> registered() {
        return List.copyOf(registered);
    }
}
