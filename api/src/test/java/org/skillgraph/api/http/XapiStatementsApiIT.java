package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.bearer;
import static org.skillgraph.api.http.ApiFixture.withDemoAnonymous;
import static org.skillgraph.api.http.EditingAssertions.answer;
import static org.skillgraph.api.http.EditingAssertions.pointers;
import static org.skillgraph.api.http.EditingAssertions.problem;
import static org.skillgraph.api.http.XapiClient.fixture;

import io.javalin.testtools.HttpClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.seed.testing.Neo4jFixture;

/** xAPI statements in, from published ADL and cmi5 examples, against the demo organisation on a real Neo4j. */
class XapiStatementsApiIT {

    static final String CMI5_ACTOR = "http://example.org/|Learner";
    static final String CMI5_ACTIVITY = "http://example.org/cmi5/au-lms-id/4756b42214cb0cb4825b3c9b5c15053d6a6cf7f5";
    static final String FAILED = "45bc4094-8574-4af3-b944-6ee65e294a7c";
    static final String PASSED = "565a4f58-0dfa-4c51-bf74-4bb802f68f6e";

    private static long count(String cypher) {
        return ((Number) Neo4jFixture.get().query(cypher, Map.of()).get(0)).longValue();
    }

    private static String status(String id) {
        return (String) Neo4jFixture.get()
                .query("MATCH (x:XapiStatement {id: $id}) RETURN x.status", Map.of("id", id))
                .get(0);
    }

    /** Maps the cmi5 samples' learner to p-042 and their activity to a module passing at 80. */
    static void mapCmi5Samples(HttpClient client) {
        var admin = bearer(ApiFixture.token(AccessRole.ADMIN, null));
        answer(
                client.put(
                        "/api/v1/people/p-042/external-ids",
                        "{\"externalIds\": [\"mailto:niamh@example.org\", \"" + CMI5_ACTOR + "\"]}",
                        admin),
                200);
        answer(
                client.put(
                        "/api/v1/modules/m-security-champions/activity-ids",
                        "{\"activityIds\": [\"" + CMI5_ACTIVITY + "\"]}",
                        admin),
                200);
    }

    @Test
    void shouldApplyCmi5ResultsToTheMappedPersonAndModule() {
        withDemoAnonymous((app, client) -> {
            mapCmi5Samples(client);
            var xapi = XapiClient.connector(client);

            var ids = answer(
                    xapi.post("[" + fixture("cmi5-failed-statement.json") + "," + fixture("cmi5-passed-statement.json")
                            + "]"),
                    200);

            assertThat(ids).hasSize(2);
            assertThat(ids.get(0).asText()).isEqualTo(FAILED);
            assertThat(ids.get(1).asText()).isEqualTo(PASSED);
            assertThat(status(PASSED)).isEqualTo("applied");
            assertThat(status(FAILED))
                    .as("82 passes a module at 80, so the failure is noted only")
                    .isEqualTo("noted");
            assertThat(count("MATCH (:Person {id: 'p-042'})-[c:COMPLETED {score: 91.0}]->"
                            + "(:Module {id: 'm-security-champions'}) RETURN count(c)"))
                    .isEqualTo(1);
            assertThat(count("MATCH (:Person {id: 'p-042'})-[a:ATTEMPTED]->(:Module {id: 'm-security-champions'})"
                            + " RETURN count(a)"))
                    .isEqualTo(1);
            assertThat(count("MATCH (:Person {id: 'p-042'})-[:HAS_EVIDENCE]->(e:Evidence {source: 'completion'})"
                            + "-[:FOR]->(:Skill {id: 'threat-modelling'}) WHERE e.level = 4 RETURN count(e)"))
                    .isEqualTo(1);
        });
    }

    @Test
    void shouldStoreAStatementOnceAndRefuseADifferentOneWithTheSameId() {
        withDemoAnonymous((app, client) -> {
            mapCmi5Samples(client);
            var xapi = XapiClient.connector(client);
            var passed = fixture("cmi5-passed-statement.json");

            answer(xapi.post(passed), 200);
            answer(xapi.post(passed), 200);
            var conflict =
                    problem(xapi.post(passed.replace("\"raw\": 91", "\"raw\": 92")), 409, "xapi-statement-conflict");

            assertThat(conflict.get("statementId").asText()).isEqualTo(PASSED);
            assertThat(count("MATCH (x:XapiStatement) RETURN count(x)")).isEqualTo(1);
            assertThat(count("MATCH (:Person {id: 'p-042'})-[a:ATTEMPTED]->(:Module {id: 'm-security-champions'})"
                            + " RETURN count(a)"))
                    .as("a repeated statement is not applied again")
                    .isEqualTo(1);
        });
    }

    @Test
    void shouldKeepUnmappedStatementsAndApplyThemWhenTheMappingAppears() {
        withDemoAnonymous((app, client) -> {
            var xapi = XapiClient.connector(client);
            answer(
                    xapi.post("[" + fixture("adl-attempted-scored.json") + "," + fixture("cmi5-passed-statement.json")
                            + "]"),
                    200);
            var designer = bearer(ApiFixture.token(AccessRole.DESIGNER, null));

            var waiting =
                    ApiFixture.ok(client.get("/api/v1/xapi/unmapped", designer)).get("statements");
            assertThat(waiting).hasSize(2);
            assertThat(waiting.findValuesAsText("reason"))
                    .anyMatch(r -> r.startsWith("verb not mapped: http://adlnet.gov/expapi/verbs/attempted"))
                    .anyMatch(r -> r.equals("no person has the external id of this actor"));

            mapCmi5Samples(client);

            assertThat(status(PASSED)).isEqualTo("applied");
            var still =
                    ApiFixture.ok(client.get("/api/v1/xapi/unmapped", designer)).get("statements");
            assertThat(still.findValuesAsText("id")).containsExactly("7ccd3322-e1a5-411a-a67d-6a735c76f119");
            var replay = ApiFixture.ok(client.post("/api/v1/xapi/replay", "", designer));
            assertThat(replay.get("applied").asInt()).isZero();
            assertThat(replay.get("unmapped").asInt()).isEqualTo(1);
        });
    }

    @Test
    void shouldRefuseABatchWithOneBadStatementAndStoreNothing() {
        withDemoAnonymous((app, client) -> {
            var xapi = XapiClient.connector(client);
            var noVerb = fixture("adl-simple-statement.json").replaceFirst("\"verb\"", "\"verbose\"");
            var badId = fixture("adl-simple-statement.json").replace("fd41c918-b88b-4b20", "not-a-uuid");
            var tooHigh = fixture("adl-attempted-scored.json").replace("0.95", "1.5");

            var refused = problem(
                    xapi.post("[" + fixture("cmi5-passed-statement.json") + "," + noVerb + "," + badId + "," + tooHigh
                            + "]"),
                    400,
                    "invalid-xapi-statement");

            assertThat(pointers(refused)).containsExactly("/1/verb", "/2/id", "/3/result/score/scaled");
            assertThat(count("MATCH (x:XapiStatement) RETURN count(x)")).isZero();
            problem(
                    client.post("/xapi/statements", fixture("adl-simple-statement.json"), xapi.headers(null)),
                    400,
                    "xapi-version");
            problem(
                    client.post("/xapi/statements", fixture("adl-simple-statement.json"), xapi.headers("0.95")),
                    400,
                    "xapi-version");
            problem(
                    xapi.post(fixture("adl-simple-statement.json")
                            .replace("mailto:user@example.com", "user@example.com")),
                    400,
                    "invalid-xapi-statement");
            assertThat(count("MATCH (x:XapiStatement) RETURN count(x)")).isZero();
        });
    }

    @Test
    void shouldAnswerAStoredStatementAndStoreOneSentWithPut() {
        withDemoAnonymous((app, client) -> {
            var xapi = XapiClient.connector(client);
            var ids = answer(xapi.post(fixture("adl-long-group-statement.json")), 200);
            assertThat(ids.get(0).asText()).isEqualTo("6690e6c9-3ef0-4ed3-8b37-7f3964730bee");

            var stored = answer(xapi.get("6690e6c9-3ef0-4ed3-8b37-7f3964730bee"), 200);
            assertThat(stored.at("/actor/member/0/account/name").asText()).isEqualTo("13936749");

            var generated = "0b8d7a3c-1f2e-4c5d-9a6b-7e8f9a0b1c2d";
            var withoutId = fixture("adl-simple-statement.json")
                    .replace("\"id\": \"fd41c918-b88b-4b20-a0a5-a4c32391aaa0\",", "");
            assertThat(xapi.put(generated, fixture("adl-simple-statement.json")).code())
                    .isEqualTo(400);
            assertThat(xapi.put(generated, withoutId).code()).isEqualTo(204);
            assertThat(answer(xapi.get(generated), 200).get("id").asText()).isEqualTo(generated);
            problem(xapi.get("00000000-0000-4000-8000-000000000000"), 404, "not-found");
            assertThat(answer(client.get("/xapi/about"), 200)
                            .get("version")
                            .get(0)
                            .asText())
                    .isEqualTo("1.0.3");
        });
    }

    @Test
    void shouldAcceptBasicCredentialsOnlyFromAConnectorWithItsOwnId() {
        withDemoAnonymous((app, client) -> {
            var connector = ApiFixture.issued(AccessRole.CONNECTOR, null);
            var admin = ApiFixture.issued(AccessRole.ADMIN, null);
            var body = fixture("adl-simple-statement.json");

            var asAdmin = client.post(
                    "/xapi/statements",
                    body,
                    r -> r.header("Authorization", XapiClient.basic(admin))
                            .header("X-Experience-API-Version", "1.0.3"));
            var wrongKey = client.post(
                    "/xapi/statements",
                    body,
                    r -> r.header(
                                    "Authorization",
                                    XapiClient.basic(admin.token().id(), connector.secret()))
                            .header("X-Experience-API-Version", "1.0.3"));
            var adminBearer = client.post(
                    "/xapi/statements",
                    body,
                    r -> r.header("Authorization", "Bearer " + admin.secret())
                            .header("X-Experience-API-Version", "1.0.3"));
            var connectorElsewhere = client.get("/api/v1/skills", bearer(connector.secret()));

            assertThat(asAdmin.code()).isEqualTo(401);
            assertThat(wrongKey.code()).isEqualTo(401);
            assertThat(adminBearer.code()).isEqualTo(403);
            assertThat(connectorElsewhere.code()).isEqualTo(403);
            assertThat(count("MATCH (x:XapiStatement) RETURN count(x)")).isZero();
        });
    }

    @Test
    void shouldExportAndEraseAPersonsStatementsWithThePerson() {
        withDemoAnonymous((app, client) -> {
            var xapi = XapiClient.connector(client);
            answer(xapi.post(fixture("cmi5-passed-statement.json")), 200);
            mapCmi5Samples(client);
            answer(xapi.post(fixture("adl-simple-statement.json")), 200);
            assertThat(status(PASSED)).isEqualTo("applied");

            var admin = bearer(ApiFixture.token(AccessRole.ADMIN, null));
            var export = ApiFixture.ok(client.get("/api/v1/people/p-042/export", admin));
            assertThat(export.get("xapiStatements").findValuesAsText("id")).containsExactly(PASSED);
            assertThat(export.at("/person/externalIds/1").asText()).isEqualTo(CMI5_ACTOR);

            answer(client.post("/api/v1/people/p-042/erasure", "", admin), 200);

            assertThat(Neo4jFixture.get().query("MATCH (x:XapiStatement) RETURN x.id ORDER BY x.id", Map.of()))
                    .as("the statement of another actor stays")
                    .containsExactly("fd41c918-b88b-4b20-a0a5-a4c32391aaa0");
        });
    }

    @Test
    void shouldIssueAConnectorTokenThatALearningSystemSendsAsBasic() {
        withDemoAnonymous((app, client) -> {
            var created = answer(
                    client.post(
                            "/api/v1/tokens",
                            "{\"role\": \"connector\", \"label\": \"LMS\"}",
                            bearer(ApiFixture.token(AccessRole.ADMIN, null))),
                    201);
            assertThat(created.at("/token/role").asText()).isEqualTo("connector");
            var basic = XapiClient.basic(
                    created.at("/token/id").asText(), created.get("secret").asText());

            var sent = client.post(
                    "/xapi/statements",
                    fixture("adl-simple-statement.json"),
                    r -> r.header("Authorization", basic).header("X-Experience-API-Version", "1.0.3"));

            assertThat(answer(sent, 200).get(0).asText()).isEqualTo("fd41c918-b88b-4b20-a0a5-a4c32391aaa0");
            assertThat(sent.headers().get("X-Experience-API-Version")).containsExactly("1.0.3");
        });
    }

    private static String statement(String id, String actor, String verb, String activity) {
        return ("{'id': '" + id + "', 'actor': {'mbox': '" + actor + "'},"
                        + " 'verb': {'id': 'http://adlnet.gov/expapi/verbs/" + verb + "'}, 'object': {'id': '"
                        + activity
                        + "'}, 'result': {'score': {'scaled': 0.91}}, 'timestamp': '2026-11-20T10:00:00Z'}")
                .replace('\'', '"');
    }

    @Test
    void shouldReplayOnlyTheStatementsOfThePersonWhoseIdsWereSet() {
        withDemoAnonymous((app, client) -> {
            var admin = bearer(ApiFixture.token(AccessRole.ADMIN, null));
            var activity = "https://lms.example.org/courses/security-champions";
            var modules = answer(
                    client.put(
                            "/api/v1/modules/m-security-champions/activity-ids",
                            "{\"activityIds\": [\"" + activity + "\"]}",
                            admin),
                    200);
            assertThat(modules.at("/replayed/replayed").asInt()).isZero();
            var ada1 = "00000000-0000-4000-8000-0000000000a1";
            var ada2 = "00000000-0000-4000-8000-0000000000a2";
            var adaAttempted = "00000000-0000-4000-8000-0000000000a3";
            var bob = "00000000-0000-4000-8000-0000000000b1";
            answer(
                    XapiClient.connector(client)
                            .post("[" + statement(ada1, "mailto:ada@example.org", "passed", activity) + ","
                                    + statement(bob, "mailto:bob@example.org", "passed", activity) + ","
                                    + statement(ada2, "mailto:ada@example.org", "scored", activity) + ","
                                    + statement(adaAttempted, "mailto:ada@example.org", "attempted", activity) + "]"),
                    200);
            assertThat(status(adaAttempted))
                    .as("no mapping applies the verb attempted: final at once")
                    .isEqualTo("unsupported");

            var people = answer(
                    client.put(
                            "/api/v1/people/p-042/external-ids",
                            "{\"externalIds\": [\"mailto:ada@example.org\"]}",
                            admin),
                    200);

            assertThat(people.at("/replayed/replayed").asInt())
                    .as("Ada's two waiting statements, not Bob's nor the unsupported one")
                    .isEqualTo(2);
            assertThat(people.at("/replayed/applied").asInt()).isEqualTo(2);
            assertThat(people.at("/replayed/unmapped").asInt())
                    .as("Bob's and the unsupported one are still not applied")
                    .isEqualTo(2);
            assertThat(status(ada1)).isEqualTo("applied");
            assertThat(status(ada2)).isEqualTo("applied");
            assertThat(status(bob)).isEqualTo("unmapped");
            var listed =
                    ApiFixture.ok(client.get("/api/v1/xapi/unmapped", admin)).get("statements");
            assertThat(listed.findValuesAsText("id")).containsExactlyInAnyOrder(bob, adaAttempted);
            assertThat(listed.findValuesAsText("status")).containsExactlyInAnyOrder("unmapped", "unsupported");
            var replay = ApiFixture.ok(client.post("/api/v1/xapi/replay", "", admin));
            assertThat(replay.get("replayed").asInt())
                    .as("the unsupported statement is not retried")
                    .isEqualTo(1);
        });
    }

    @Test
    void shouldRefuseAMissingOrMalformedStatementIdAsAQueryParameter() {
        withDemoAnonymous((app, client) -> {
            var xapi = XapiClient.connector(client);

            var missing = problem(client.get("/xapi/statements", xapi.headers("1.0.3")), 400, "invalid-parameter");
            var malformed = problem(xapi.get("not-a-uuid"), 400, "invalid-parameter");
            var malformedPut =
                    problem(xapi.put("not-a-uuid", fixture("adl-simple-statement.json")), 400, "invalid-parameter");

            assertThat(pointers(missing)).containsExactly("query:statementId");
            assertThat(pointers(malformed)).containsExactly("query:statementId");
            assertThat(pointers(malformedPut)).containsExactly("query:statementId");
        });
    }

    @Test
    void shouldRefuseABodySentToTheReplayWithAPointerToTheWholeBody() {
        withDemoAnonymous((app, client) -> {
            var designer = bearer(ApiFixture.token(AccessRole.DESIGNER, null));

            var refused = problem(client.post("/api/v1/xapi/replay", "{\"all\": true}", designer), 400, "invalid-body");

            assertThat(pointers(refused)).containsExactly("");
        });
    }
}
