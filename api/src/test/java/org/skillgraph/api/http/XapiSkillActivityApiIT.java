package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.bearer;
import static org.skillgraph.api.http.ApiFixture.withDemoAnonymous;
import static org.skillgraph.api.http.EditingAssertions.answer;
import static org.skillgraph.api.http.EditingAssertions.problem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.seed.testing.Neo4jFixture;

/** {@code mastered} on a skill's activity id is assessment evidence at level 3 for that skill. */
class XapiSkillActivityApiIT {

    private static final String ACTIVITY = "https://lms.example.org/skills/practice-assessment";
    private static final String ACTOR = "https://lms.example.org|niamh";
    private static final String MASTERED = "5d2a1f86-9c7e-4b1a-8f3e-1f2a3b4c5d6e";
    private static final String COMPLETED = "5d2a1f86-9c7e-4b1a-8f3e-1f2a3b4c5d6f";

    private static List<Object> query(String cypher, Map<String, Object> parameters) {
        return Neo4jFixture.get().query(cypher, parameters);
    }

    private static String statement(String id, String verb) {
        return """
                {"id": "%s",
                 "actor": {"objectType": "Agent", "account": {"homePage": "https://lms.example.org", "name": "niamh"}},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/%s", "display": {"en-US": "%s"}},
                 "object": {"objectType": "Activity", "id": "%s"},
                 "result": {"score": {"scaled": 0.88}, "success": true},
                 "timestamp": "2026-11-20T10:00:00Z"}
                """.formatted(id, verb, verb, ACTIVITY);
    }

    @Test
    void shouldRaiseTheLevelOfASkillMasteredThroughItsActivityIdAlsoOnReplayAfterMapping() {
        withDemoAnonymous((app, client) -> {
            var skill = (String) query(
                            "MATCH (s:Skill) WHERE NOT (:Person {id: 'p-042'})-[:HOLDS]->(s) RETURN s.id ORDER BY s.id"
                                    + " LIMIT 1",
                            Map.of())
                    .get(0);
            var admin = bearer(ApiFixture.token(AccessRole.ADMIN, null));
            var designer = bearer(ApiFixture.token(AccessRole.DESIGNER, null));
            answer(
                    client.put("/api/v1/people/p-042/external-ids", "{\"externalIds\": [\"" + ACTOR + "\"]}", admin),
                    200);
            var xapi = XapiClient.connector(client);

            // Sent before any skill has the activity id: stored, waiting.
            answer(
                    xapi.post("[" + statement(MASTERED, "mastered") + "," + statement(COMPLETED, "completed") + "]"),
                    200);
            assertThat(query("MATCH (x:XapiStatement) RETURN x.status ORDER BY x.id", Map.of()))
                    .containsExactly("unmapped", "unmapped");

            // Mapping the activity to the skill replays both: mastered records evidence, completed is noted.
            var set = answer(
                    client.put(
                            "/api/v1/skills/" + skill + "/activity-ids",
                            "{\"activityIds\": [\"" + ACTIVITY + "\"]}",
                            designer),
                    200);
            assertThat(set.get("skillId").asText()).isEqualTo(skill);
            assertThat(set.get("replayed").get("replayed").asInt()).isEqualTo(2);
            assertThat(set.get("replayed").get("applied").asInt()).isEqualTo(2);
            assertThat(query("MATCH (x:XapiStatement) RETURN x.status + ': ' + x.reason ORDER BY x.id", Map.of()))
                    .containsExactly(
                            "applied: evidence at level 3 for skill '" + skill + "'",
                            "noted: activity of skill '" + skill + "': only mastered records evidence for a skill");
            assertThat(query(
                            "MATCH (:Person {id: 'p-042'})-[h:HOLDS]->(:Skill {id: $skill}) RETURN h.level",
                            Map.of("skill", skill)))
                    .containsExactly(3L);
            assertThat(query(
                            "MATCH (:Person {id: 'p-042'})-[:HAS_EVIDENCE]->(e:Evidence)-[:FOR]->(:Skill {id: $skill})"
                                    + " RETURN e.source + ' ' + e.level + ' ' + e.score + ' ' + toString(e.at)",
                            Map.of("skill", skill)))
                    .containsExactly("assessment 3 88.0 2026-11-20");

            // A module cannot take the skill's activity id, nor another skill a module's.
            var taken = problem(
                    client.put(
                            "/api/v1/modules/m-security-champions/activity-ids",
                            "{\"activityIds\": [\"" + ACTIVITY + "\"]}",
                            designer),
                    409,
                    "activity-id-taken");
            assertThat(taken.get("skill").asText()).isEqualTo(skill);
            answer(
                    client.put(
                            "/api/v1/modules/m-security-champions/activity-ids",
                            "{\"activityIds\": [\"https://lms.example.org/courses/security-champions\"]}",
                            designer),
                    200);
            var moduleHeld = problem(
                    client.put(
                            "/api/v1/skills/" + skill + "/activity-ids",
                            "{\"activityIds\": [\"https://lms.example.org/courses/security-champions\"]}",
                            designer),
                    409,
                    "activity-id-taken");
            assertThat(moduleHeld.get("module").asText()).isEqualTo("m-security-champions");
        });
    }

    @Test
    void shouldApplyAMasteredStatementAtOnceWhenTheSkillIsMapped() {
        withDemoAnonymous((app, client) -> {
            var skill = (String) query(
                            "MATCH (s:Skill) WHERE NOT (:Person {id: 'p-042'})-[:HOLDS]->(s) RETURN s.id ORDER BY s.id"
                                    + " LIMIT 1",
                            Map.of())
                    .get(0);
            var admin = bearer(ApiFixture.token(AccessRole.ADMIN, null));
            answer(
                    client.put("/api/v1/people/p-042/external-ids", "{\"externalIds\": [\"" + ACTOR + "\"]}", admin),
                    200);
            answer(
                    client.put(
                            "/api/v1/skills/" + skill + "/activity-ids",
                            "{\"activityIds\": [\"" + ACTIVITY + "\"]}",
                            admin),
                    200);
            problem(
                    client.put("/api/v1/skills/no-such-skill/activity-ids", "{\"activityIds\": []}", admin),
                    404,
                    "not-found");

            answer(XapiClient.connector(client).post(statement(MASTERED, "mastered")), 200);

            assertThat(query("MATCH (x:XapiStatement) RETURN x.status", Map.of()))
                    .containsExactly("applied");
            assertThat(query(
                            "MATCH (:Person {id: 'p-042'})-[h:HOLDS]->(:Skill {id: $skill}) RETURN h.level",
                            Map.of("skill", skill)))
                    .containsExactly(3L);
        });
    }
}
