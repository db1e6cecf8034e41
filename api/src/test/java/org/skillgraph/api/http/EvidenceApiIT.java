package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.ok;
import static org.skillgraph.api.http.ApiFixture.withDemo;
import static org.skillgraph.api.http.EditingAssertions.answer;
import static org.skillgraph.api.http.EditingAssertions.pointers;
import static org.skillgraph.api.http.EditingAssertions.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillgraph.seed.testing.Neo4jFixture;

/** Evidence over HTTP on the demo organisation, "today" being 2026-11-29. */
class EvidenceApiIT {

    private static String evidence(String skill, String source, int level, String at) {
        return "{\"skill\": \"" + skill + "\", \"source\": \"" + source + "\", \"level\": " + level + ", \"at\": \""
                + at + "\"}";
    }

    private static long count(String cypher) {
        return ((Number) Neo4jFixture.get().query(cypher, Map.of()).get(0)).longValue();
    }

    private static JsonNode held(JsonNode person, String skill) {
        for (var h : person.get("holds")) {
            if (h.get("skillId").asText().equals(skill)) {
                return h;
            }
        }
        return null;
    }

    @Test
    void shouldRecordEvidenceAndLetAnAssessmentOutrankALaterSelfRating() {
        withDemo((app, client) -> {
            var first = answer(
                    client.post(
                            "/api/v1/people/p-042/evidence",
                            evidence("dimensional-modelling", "assessment", 2, "2026-06-01")),
                    201);
            assertThat(first.at("/evidence/id").asText()).startsWith("ev-");
            assertThat(first.at("/current/level").asInt()).isEqualTo(2);
            assertThat(first.at("/current/needsRefresh").asBoolean()).isFalse();
            assertThat(first.get("changed").asBoolean()).isTrue();

            var self = answer(
                    client.post(
                            "/api/v1/people/p-042/evidence",
                            evidence("dimensional-modelling", "self", 4, "2026-11-01")),
                    201);
            assertThat(self.at("/current/level").asInt()).isEqualTo(2);
            assertThat(self.at("/current/source").asText()).isEqualTo("assessment");
            assertThat(self.get("changed").asBoolean()).isFalse();

            var stored = held(ok(client.get("/api/v1/people/p-042")), "dimensional-modelling");
            assertThat(stored.get("level").asInt()).isEqualTo(2);
            assertThat(stored.get("source").asText()).isEqualTo("assessment");
            assertThat(count(
                            "MATCH (:Person {id: 'p-042'})-[:HAS_EVIDENCE]->(e)-[:FOR]->(:Skill {id: 'dimensional-modelling'})"
                                    + " RETURN count(e) AS n"))
                    .isEqualTo(2);
        });
    }

    @Test
    void shouldNotBumpTheGraphVersionWhenRecordingEvidence() {
        withDemo((app, client) -> {
            long before = count("MATCH (m:Meta) RETURN m.version AS n");
            answer(client.post("/api/v1/people/p-042/evidence", evidence("sql", "manager", 4, "2026-11-20")), 201);
            assertThat(count("MATCH (m:Meta) RETURN m.version AS n")).isEqualTo(before);
        });
    }

    @Test
    void shouldLetExpiredEvidenceStopCountingAndRemoveTheHolding() {
        withDemo((app, client) -> {
            var body = "{\"skill\": \"dimensional-modelling\", \"source\": \"assessment\", \"level\": 3,"
                    + " \"at\": \"2026-01-10\", \"expiresAt\": \"2026-06-30\"}";
            var expired = answer(client.post("/api/v1/people/p-042/evidence", body), 201);
            assertThat(expired.get("current").isNull()).isTrue();
            assertThat(held(ok(client.get("/api/v1/people/p-042")), "dimensional-modelling"))
                    .isNull();
        });
    }

    @Test
    void shouldFlagADecayedLevelInTheGapAndCountItOneLower() {
        withDemo((app, client) -> {
            // stakeholder-management 3 by a manager on 2024-05-15: older than two years on 2026-11-29.
            var gap = ok(client.get("/api/v1/people/p-042/gap"));
            var skill = findSkill(gap.at("/gap/skills"), "stakeholder-management");
            assertThat(skill.get("currentLevel").asInt()).isEqualTo(2);
            assertThat(skill.get("needsRefresh").asBoolean()).isTrue();

            answer(
                    client.post(
                            "/api/v1/people/p-042/evidence",
                            evidence("stakeholder-management", "manager", 3, "2026-11-28")),
                    201);
            var refreshed =
                    findSkill(ok(client.get("/api/v1/people/p-042/gap")).at("/gap/skills"), "stakeholder-management");
            assertThat(refreshed.get("currentLevel").asInt()).isEqualTo(3);
            assertThat(refreshed.get("needsRefresh").asBoolean()).isFalse();
        });
    }

    @Test
    void shouldRefuseFutureEvidenceBadFieldsAndUnknownIds() {
        withDemo((app, client) -> {
            var future = problem(
                    client.post("/api/v1/people/p-042/evidence", evidence("sql", "assessment", 3, "2026-12-01")),
                    400,
                    "invalid-body");
            assertThat(pointers(future)).containsExactly("/at");
            var bad = problem(
                    client.post("/api/v1/people/p-042/evidence", evidence("sql", "rumour", 7, "2026-11-01")),
                    400,
                    "invalid-body");
            assertThat(pointers(bad)).containsExactly("/source", "/level");
            problem(
                    client.post("/api/v1/people/p-999/evidence", evidence("sql", "assessment", 3, "2026-11-01")),
                    404,
                    "not-found");
            var skill = problem(
                    client.post("/api/v1/people/p-042/evidence", evidence("cobol", "assessment", 3, "2026-11-01")),
                    400,
                    "unknown-reference");
            assertThat(pointers(skill)).containsExactly("/skill");
        });
    }

    @Test
    void shouldWriteABatchAtomicallyOrNothingAtAll() {
        withDemo((app, client) -> {
            long evidenceBefore = count("MATCH (e:Evidence) RETURN count(e) AS n");
            var bad = """
                    {"records": [
                      {"person": "p-042", "skill": "sql", "source": "assessment", "level": 4, "at": "2026-11-02"},
                      {"person": "p-042", "skill": "sql", "source": "assessment", "level": 7, "at": "2026-11-02"},
                      {"person": "p-042", "skill": "cobol", "source": "assessment", "level": 3, "at": "2026-11-02"},
                      {"person": "p-999", "skill": "sql", "source": "peer", "level": 3, "at": "2026-11-02"}]}""";
            var everything = problem(client.post("/api/v1/evidence:batch", bad), 400, "invalid-body");
            assertThat(pointers(everything))
                    .containsExactly("/records/1/level", "/records/2/skill", "/records/3/person");
            // a date in the future is named together with the unknown ids
            var future = problem(
                    client.post(
                            "/api/v1/evidence:batch",
                            bad.replace("\"level\": 7", "\"level\": 3")
                                    .replace("\"2026-11-02\"}]}", "\"2026-12-02\"}]}")),
                    400,
                    "invalid-body");
            assertThat(pointers(future))
                    .containsExactlyInAnyOrder("/records/2/skill", "/records/3/person", "/records/3/at");
            assertThat(count("MATCH (e:Evidence) RETURN count(e) AS n")).isEqualTo(evidenceBefore);
            assertThat(held(ok(client.get("/api/v1/people/p-042")), "sql")
                            .get("level")
                            .asInt())
                    .isEqualTo(3);

            var good = """
                    {"records": [
                      {"person": "p-042", "skill": "sql", "source": "assessment", "level": 4, "at": "2026-11-02"},
                      {"person": "p-042", "skill": "query-tuning", "source": "self", "level": 1, "at": "2026-11-02"},
                      {"person": "p-001", "skill": "budgeting", "source": "manager", "level": 3, "at": "2026-11-03"}]}""";
            var written = ok(client.post("/api/v1/evidence:batch", good));
            assertThat(written.get("written").asInt()).isEqualTo(3);
            assertThat(written.get("levelsChanged").asInt()).isBetween(1, 3);
            assertThat(count("MATCH (e:Evidence) RETURN count(e) AS n")).isEqualTo(evidenceBefore + 3);
            assertThat(held(ok(client.get("/api/v1/people/p-042")), "sql")
                            .get("level")
                            .asInt())
                    .isEqualTo(4);
        });
    }

    @Test
    void shouldAwardABadgeOnceWhenEveryCertifiedLevelIsMet() {
        withDemo((app, client) -> {
            var earned = answer(
                    client.post(
                            "/api/v1/people/p-042/evidence",
                            evidence("relational-modelling", "assessment", 3, "2026-11-10")),
                    201);
            assertThat(earned.at("/badgesEarned/0/badgeId").asText()).isEqualTo("b-sql-practitioner");
            assertThat(earned.at("/badgesEarned/0/at").asText()).isEqualTo("2026-11-10");

            var again = answer(
                    client.post(
                            "/api/v1/people/p-042/evidence",
                            evidence("relational-modelling", "manager", 4, "2026-11-20")),
                    201);
            assertThat(again.get("badgesEarned")).isEmpty();
            assertThat(
                            count(
                                    "MATCH (:Person {id: 'p-042'})-[e:EARNED]->(:Badge {id: 'b-sql-practitioner'}) RETURN count(e) AS n"))
                    .isEqualTo(1);
        });
    }

    private static JsonNode findSkill(JsonNode skills, String id) {
        for (var s : skills) {
            if (s.get("skillId").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no skill " + id + " in " + skills);
    }
}
