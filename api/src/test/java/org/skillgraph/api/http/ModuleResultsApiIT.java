package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.ok;
import static org.skillgraph.api.http.ApiFixture.withDemo;
import static org.skillgraph.api.http.EditingAssertions.answer;
import static org.skillgraph.api.http.EditingAssertions.pointers;
import static org.skillgraph.api.http.EditingAssertions.problem;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillgraph.seed.testing.Neo4jFixture;

/** Module results, the progression rule and a person's progress over HTTP on the demo organisation. */
class ModuleResultsApiIT {

    private static long count(String cypher) {
        return ((Number) Neo4jFixture.get().query(cypher, Map.of()).get(0)).longValue();
    }

    @Test
    void shouldStateAModulesProgressionRule() {
        withDemo((app, client) -> {
            var rule = ok(client.get("/api/v1/modules/m-sql-advanced/progression"));
            assertThat(rule.get("passScore").asInt()).isEqualTo(75);
            assertThat(rule.get("assessment").asText()).isEqualTo("quiz");
            assertThat(rule.get("passesOn").asText()).isEqualTo("score");
            assertThat(rule.at("/grants/0/skillId").asText()).isEqualTo("sql");
            assertThat(rule.at("/grants/0/level").asInt()).isEqualTo(4);
            assertThat(rule.get("rule").asText()).contains("at least 75");

            var onCompletion = ok(client.get("/api/v1/modules/m-execution-plan-clinic/progression"));
            assertThat(onCompletion.get("passScore").isNull()).isTrue();
            assertThat(onCompletion.get("passesOn").asText()).isEqualTo("completion");
            problem(client.get("/api/v1/modules/m-nope/progression"), 404, "not-found");
        });
    }

    @Test
    void shouldRecordAFailedAttemptWithoutRaisingAnything() {
        withDemo((app, client) -> {
            var failed = answer(
                    client.post(
                            "/api/v1/people/p-042/modules/m-sql-advanced/results",
                            "{\"score\": 60, \"at\": \"2026-11-20\"}"),
                    201);
            assertThat(failed.get("passed").asBoolean()).isFalse();
            assertThat(failed.get("completedNow").asBoolean()).isFalse();
            assertThat(failed.get("evidence")).isEmpty();
            assertThat(
                            count(
                                    "MATCH (:Person {id: 'p-042'})-[a:ATTEMPTED {passed: false}]->(:Module {id: 'm-sql-advanced'}) RETURN count(a) AS n"))
                    .isEqualTo(1);
            assertThat(
                            count(
                                    "MATCH (:Person {id: 'p-042'})-[c:COMPLETED]->(:Module {id: 'm-sql-advanced'}) RETURN count(c) AS n"))
                    .isZero();
        });
    }

    @Test
    void shouldCompleteOnAPassAndRecordCompletionEvidenceForEachTaughtLevel() {
        withDemo((app, client) -> {
            var passed = answer(
                    client.post(
                            "/api/v1/people/p-042/modules/m-sql-advanced/results",
                            "{\"score\": 82, \"at\": \"2026-11-21\"}"),
                    201);
            assertThat(passed.get("passed").asBoolean()).isTrue();
            assertThat(passed.get("completedNow").asBoolean()).isTrue();
            assertThat(passed.at("/evidence/0/source").asText()).isEqualTo("completion");
            assertThat(passed.at("/levels/0/current/level").asInt()).isEqualTo(4);

            var repeat = answer(
                    client.post(
                            "/api/v1/people/p-042/modules/m-sql-advanced/results",
                            "{\"score\": 90, \"at\": \"2026-11-22\"}"),
                    201);
            assertThat(repeat.get("completedNow").asBoolean()).isFalse();
            assertThat(
                            count(
                                    "MATCH (:Person {id: 'p-042'})-[c:COMPLETED]->(:Module {id: 'm-sql-advanced'}) RETURN count(c) AS n"))
                    .isEqualTo(1);
            assertThat(
                            count(
                                    "MATCH (:Person {id: 'p-042'})-[a:ATTEMPTED]->(:Module {id: 'm-sql-advanced'}) RETURN count(a) AS n"))
                    .isEqualTo(2);
        });
    }

    @Test
    void shouldRefuseBadResultsAndUnknownIds() {
        withDemo((app, client) -> {
            var bad = problem(
                    client.post("/api/v1/people/p-042/modules/m-sql-advanced/results", "{\"score\": 120}"),
                    400,
                    "invalid-body");
            assertThat(pointers(bad)).containsExactly("/score", "/at");
            var missing = problem(
                    client.post("/api/v1/people/p-042/modules/m-sql-advanced/results", "{\"at\": \"2026-11-21\"}"),
                    400,
                    "invalid-request");
            assertThat(pointers(missing)).containsExactly("/score");
            var future = problem(
                    client.post(
                            "/api/v1/people/p-042/modules/m-sql-advanced/results",
                            "{\"score\": 90, \"at\": \"2027-01-01\"}"),
                    400,
                    "invalid-request");
            assertThat(pointers(future)).containsExactly("/at");
            problem(
                    client.post(
                            "/api/v1/people/p-999/modules/m-sql-advanced/results",
                            "{\"score\": 90, \"at\": \"2026-11-21\"}"),
                    404,
                    "not-found");
            problem(
                    client.post(
                            "/api/v1/people/p-042/modules/m-nope/results", "{\"score\": 90, \"at\": \"2026-11-21\"}"),
                    404,
                    "not-found");
        });
    }

    @Test
    void shouldAnswerAPersonsProgressWithHistoryRefreshesAndBadges() {
        withDemo((app, client) -> {
            var progress = ok(client.get("/api/v1/people/p-042/progress"));
            assertThat(progress.get("targetRoleId").asText()).isEqualTo("senior-data-analyst");
            assertThat(progress.get("asOf").asText()).isEqualTo("2026-11-29");
            var history = progress.get("readinessHistory");
            assertThat(history).hasSize(25);
            assertThat(history.get(24).get("readiness").asDouble())
                    .isEqualTo(progress.get("readiness").asDouble());
            assertThat(history.get(0).get("readiness").asDouble())
                    .isLessThanOrEqualTo(history.get(24).get("readiness").asDouble());
            assertThat(progress.at("/gap/targetId").asText()).isEqualTo("senior-data-analyst");
            assertThat(progress.get("nextSteps")).isNotEmpty();
            assertThat(progress.at("/overdueRefreshes/0/skillId").asText()).isEqualTo("active-listening");
            assertThat(progress.at("/badges/0/badgeId").asText()).isEqualTo("b-analytics-storyteller");
            assertThat(progress.at("/badges/0/status").asText()).isEqualTo("current");
            problem(client.get("/api/v1/people/p-999/progress"), 404, "not-found");
        });
    }
}
