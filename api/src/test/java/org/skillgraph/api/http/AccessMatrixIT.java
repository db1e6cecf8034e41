package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.bearer;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.seed.testing.Neo4jFixture;

/**
 * Every route the server answers, called with no token and with a token of every role, against the
 * independent table {@code access-matrix.csv}: refused calls get 401/403 problem documents, allowed ones get
 * past the gate, and the graph is unchanged afterwards.
 */
class AccessMatrixIT {

    /** A body no route accepts (an unknown member), so an allowed write is refused after the gate. */
    static final String NOT_A_BODY = "{\"matrix\": true}";

    @Test
    void shouldListEveryRegisteredRouteInTheAccessMatrix() {
        var registered = new TreeSet<String>();
        ApiFixture.server().routes().forEach(r -> registered.add(r.method() + " " + r.path()));
        var table = new TreeSet<String>();
        AccessMatrix.rows().forEach(r -> table.add(r.key()));

        assertThat(table).as("routes in access-matrix.csv").isEqualTo(registered);
    }

    @Test
    void shouldAnswerEveryRouteForEveryRoleAsTheMatrixSays() {
        var tokens = tokens();
        var before = fingerprint();
        var mismatches = new ArrayList<String>();
        ApiFixture.withDemoAnonymous((app, client) -> {
            for (var row : AccessMatrix.rows()) {
                var anonymous = send(client, row, AccessMatrix.concrete(row, "admin"), r -> {});
                if (row.open() ? anonymous.code() == 401 : anonymous.code() != 401) {
                    mismatches.add(row.key() + " without a token answered " + anonymous.code());
                }
                if (row.open()) {
                    continue;
                }
                for (var caller : AccessMatrix.CALLERS) {
                    var path = AccessMatrix.concrete(row, caller);
                    var response = send(client, row, path, bearer(tokens.get(caller)));
                    int code = response.code();
                    if (!row.method().equals("get") && !fingerprint().equals(before)) {
                        mismatches.add(row.key() + " as " + caller + " (" + path + ") changed the graph: " + code);
                        break;
                    }
                    boolean refused = code == 403;
                    if (row.allows(caller) == refused || code == 401) {
                        mismatches.add(row.key() + " as " + caller + " (" + path + ") answered " + code + " "
                                + response.body().string());
                    }
                    if (refused) {
                        assertThat(response.headers().get("Content-Type").get(0))
                                .startsWith(Problem.MEDIA_TYPE);
                    }
                }
            }
        });

        assertThat(mismatches).isEmpty();
        assertThat(fingerprint()).as("graph after the matrix").isEqualTo(before);
    }

    @Test
    void shouldLetAConnectorTokenCallTheXapiRoutesAndNothingElse() {
        Neo4jFixture.get().useDemo();
        var connector = XapiClient.basic(ApiFixture.issued(AccessRole.CONNECTOR, null));
        var before = fingerprint();
        var mismatches = new ArrayList<String>();
        ApiFixture.withDemoAnonymous((app, client) -> {
            for (var row : AccessMatrix.rows()) {
                if (row.open()) {
                    continue;
                }
                var path = AccessMatrix.concrete(row, "admin");
                int code = send(client, row, path, r -> r.header("Authorization", connector))
                        .code();
                boolean xapi = row.path().startsWith("/xapi/");
                if (code == 401 || (code == 403) == xapi) {
                    mismatches.add(row.key() + " as connector answered " + code);
                }
            }
        });

        assertThat(mismatches).isEmpty();
        assertThat(fingerprint()).as("graph after the connector's calls").isEqualTo(before);
    }

    private static Map<String, String> tokens() {
        var tokens = new LinkedHashMap<String, String>();
        Neo4jFixture.get().useDemo();
        tokens.put("admin", ApiFixture.token(AccessRole.ADMIN, null));
        tokens.put("designer", ApiFixture.token(AccessRole.DESIGNER, null));
        tokens.put("coordinator", ApiFixture.token(AccessRole.COORDINATOR, null));
        tokens.put("reader", ApiFixture.token(AccessRole.READER, null));
        var learner = ApiFixture.token(AccessRole.LEARNER, AccessMatrix.SELF);
        tokens.put("learner_self", learner);
        tokens.put("learner_other", learner);
        return tokens;
    }

    static Response send(
            HttpClient client, AccessMatrix.Row row, String path, Consumer<io.javalin.testtools.Request.Builder> auth) {
        return send(client, row.method(), path, NOT_A_BODY, auth);
    }

    /** One request; {@code body} is sent with every method but GET. */
    static Response send(
            HttpClient client,
            String method,
            String path,
            String body,
            Consumer<io.javalin.testtools.Request.Builder> auth) {
        return switch (method) {
            case "get" -> client.get(path, auth);
            case "post" -> client.post(path, body, auth);
            case "put" -> client.put(path, body, auth);
            case "delete" -> client.delete(path, body, auth);
            default -> throw new IllegalArgumentException(method);
        };
    }

    /** Everything but tokens and audit events, which the matrix itself writes. */
    static Neo4jFixture.Fingerprint fingerprint() {
        return Neo4jFixture.get().fingerprint();
    }
}
