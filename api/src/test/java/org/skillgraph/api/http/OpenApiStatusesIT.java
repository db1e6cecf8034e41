package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.bearer;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.access.AccessRole;

/**
 * Every status a route answers is in its OpenAPI operation: the access matrix's requests (no token, every
 * role), the fuzzing's hostile ids, bodies and parameters, and a malformed {@code If-Match} on every write are
 * sent, each (route, status) seen is recorded, and each must be documented. Answers the server gives before a
 * route is chosen (an unknown path, a method the path lacks, a URI Jetty refuses) belong to no operation and
 * are documented once, in docs/errors.md.
 */
class OpenApiStatusesIT {

    private static final Set<String> BEFORE_ANY_ROUTE =
            Set.of("no-such-route", "method-not-allowed", "bad-request", "uri-too-long", "headers-too-large");

    private final Map<String, Set<Integer>> seen = new TreeMap<>();

    @Test
    void shouldDocumentEveryStatusARouteAnswers() {
        var admin = ApiFixture.token(AccessRole.ADMIN, null);
        var tokens = Map.of(
                "designer", ApiFixture.token(AccessRole.DESIGNER, null),
                "coordinator", ApiFixture.token(AccessRole.COORDINATOR, null),
                "reader", ApiFixture.token(AccessRole.READER, null),
                "learner", ApiFixture.token(AccessRole.LEARNER, AccessMatrix.SELF));
        ApiFixture.withDemoAnonymous((app, client) -> {
            for (var row : AccessMatrix.rows()) {
                var path = AccessMatrix.concrete(row, "admin");
                Consumer<io.javalin.testtools.Request.Builder> none = r -> {};
                record(row, AccessMatrixIT.send(client, row, path, none));
                if (row.open()) {
                    continue;
                }
                record(row, AccessMatrixIT.send(client, row, path, bearer(admin)));
                tokens.values().forEach(token -> record(row, AccessMatrixIT.send(client, row, path, bearer(token))));
                for (var id : FuzzIT.HOSTILE_IDS) {
                    if (row.path().contains("{")) {
                        var hostile = FuzzIT.withIds(row.path(), FuzzIT.encode(id));
                        record(row, AccessMatrixIT.send(client, row, hostile, bearer(admin)));
                    }
                }
                if (row.method().equals("get")) {
                    var junk = path + (path.contains("?") ? "&" : "?") + FuzzIT.JUNK_QUERY;
                    record(row, AccessMatrixIT.send(client, "get", junk, null, bearer(admin)));
                } else {
                    for (var body : FuzzIT.HOSTILE_BODIES) {
                        record(row, AccessMatrixIT.send(client, row.method(), path, body, bearer(admin)));
                    }
                    Consumer<io.javalin.testtools.Request.Builder> badIfMatch =
                            r -> r.header("Authorization", "Bearer " + admin).header("If-Match", "not-a-tag");
                    record(row, AccessMatrixIT.send(client, row.method(), path, AccessMatrixIT.NOT_A_BODY, badIfMatch));
                }
            }
        });

        assertThat(seen).as("routes answered").hasSizeGreaterThan(40);
        assertThat(undocumented()).isEmpty();
    }

    private void record(AccessMatrix.Row row, Response response) {
        if (response.code() >= 400 && BEFORE_ANY_ROUTE.contains(code(response))) {
            return;
        }
        seen.computeIfAbsent(row.key(), k -> new TreeSet<>()).add(response.code());
    }

    private static String code(Response response) {
        try {
            return ApiFixture.JSON
                    .readTree(response.body().string())
                    .path("code")
                    .asText();
        } catch (IOException e) {
            return "";
        }
    }

    private java.util.List<String> undocumented() {
        JsonNode doc;
        try {
            doc = ApiFixture.JSON.readTree(DocsController.resource(DocsController.OPENAPI_RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var missing = new ArrayList<String>();
        seen.forEach((route, statuses) -> {
            var space = route.indexOf(' ');
            var responses = doc.path("paths")
                    .path(route.substring(space + 1))
                    .path(route.substring(0, space))
                    .path("responses");
            statuses.forEach(status -> {
                if (!responses.has(Integer.toString(status))) {
                    missing.add(route + " answers " + status);
                }
            });
        });
        return missing;
    }
}
