package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.json;
import static org.skillgraph.api.http.ApiFixture.ok;
import static org.skillgraph.api.http.ApiFixture.withDemo;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class PlanningApiIT {

    @Test
    void shouldAnswerAPersonsGapForTheirTargetRole() {
        withDemo((app, client) -> {
            var answer = ok(client.get("/api/v1/people/p-042/gap"));

            assertThat(answer.get("roleChosenBy").asText()).isEqualTo("target");
            var gap = answer.get("gap");
            assertThat(gap.get("targetId").asText()).isEqualTo("senior-data-analyst");
            assertThat(gap.get("readiness").asDouble()).isBetween(0.0, 1.0);
            assertThat(gap.get("skills")).anySatisfy(s -> {
                assertThat(s.get("skillId").asText()).isEqualTo("sql");
                assertThat(s.get("gap").asInt()).isPositive();
            });
        });
    }

    @Test
    void shouldAnswerAGapForExplicitSkillLevels() {
        withDemo((app, client) -> {
            var gap = ok(client.get("/api/v1/people/p-042/gap?skills=sql:5,query-tuning:4"))
                    .get("gap");

            assertThat(gap.get("targetId").asText()).isEqualTo("explicit");
            assertThat(gap.get("skillsTotal").asInt()).isEqualTo(2);
        });
    }

    @Test
    void shouldPlanAPersonsRouteWithAScheduleAndMilestones() {
        withDemo((app, client) -> {
            var answer = ok(client.get("/api/v1/people/p-042/route?maxWeeklyHours=6&excludeModalities=coaching"));

            var route = answer.get("route");
            assertThat(answer.get("weeklyHoursFrom").asText()).isEqualTo("request");
            assertThat(route.get("mode").asText()).isIn("EXACT", "HEURISTIC");
            assertThat(route.get("steps")).isNotEmpty().allSatisfy(s -> {
                assertThat(s.get("modality").asText()).isNotEqualTo("coaching");
                assertThat(s.get("closes")).isNotEmpty();
            });
            var sum = 0.0;
            for (var s : route.get("steps")) {
                sum += s.get("hours").asDouble();
            }
            assertThat(route.get("totalHours").asDouble()).isEqualTo(sum);
            var schedule = route.get("schedule");
            assertThat(schedule.get("weeklyHours").asDouble()).isEqualTo(6.0);
            assertThat(schedule.get("weeks"))
                    .allSatisfy(w -> assertThat(w.get("hours").asDouble()).isLessThanOrEqualTo(6.0));
            assertThat(schedule.get("skillMilestones")).isNotEmpty();
        });
    }

    @Test
    void shouldExplainWhatToPassWhenThePersonHasNoTarget() {
        withDemo((app, client) -> {
            var people = ok(client.get("/api/v1/people?limit=200")).get("items");
            String withoutTarget = null;
            for (var p : people) {
                if (p.get("targetRoleId").isNull()) {
                    withoutTarget = p.get("id").asText();
                    break;
                }
            }
            assertThat(withoutTarget).isNotNull();

            var response = client.get("/api/v1/people/" + withoutTarget + "/gap");

            assertThat(response.code()).isEqualTo(400);
            assertThat(json(response).get("code").asText()).isEqualTo("missing-target");
            assertThat(json(response).get("detail").asText()).contains("role=");
        });
    }

    @Test
    void shouldNameEveryBadRouteParameter() {
        withDemo((app, client) -> {
            var response = client.get(
                    "/api/v1/people/p-042/route?maxWeeklyHours=-3&excludeModalities=telepathy&selfPacedOnly=maybe");

            assertThat(response.code()).isEqualTo(400);
            var pointers = new ArrayList<String>();
            json(response)
                    .get("errors")
                    .forEach(e -> pointers.add(e.get("pointer").asText()));
            assertThat(pointers)
                    .containsExactlyInAnyOrder(
                            "query:maxWeeklyHours", "query:excludeModalities", "query:selfPacedOnly");
        });
    }

    @Test
    void shouldRejectMalformedSkillTargets() {
        withDemo((app, client) -> {
            assertThat(client.get("/api/v1/people/p-042/gap?skills=sql:9").code())
                    .isEqualTo(400);
            assertThat(client.get("/api/v1/people/p-042/gap?skills=sql").code()).isEqualTo(400);
            var unknown = client.get("/api/v1/people/p-042/gap?skills=levitation:3");
            assertThat(unknown.code()).isEqualTo(400);
            assertThat(json(unknown).get("code").asText()).isEqualTo("unknown-skill");
            assertThat(client.get("/api/v1/people/p-042/gap?role=astronaut").code())
                    .isEqualTo(404);
        });
    }

    @Test
    void shouldPlanForALearnerWhoIsNotInTheGraph() {
        withDemo((app, client) -> {
            var body = """
                    {"levels": {"sql": 3, "relational-modelling": 2, "spreadsheets": 3},
                     "role": "senior-data-analyst",
                     "preferences": {"maxWeeklyHours": 8, "excludeModalities": ["workshop"]}}
                    """;
            var answer = ok(client.post("/api/v1/routes", body));

            assertThat(answer.get("gap").get("targetId").asText()).isEqualTo("senior-data-analyst");
            assertThat(answer.get("route").get("steps"))
                    .isNotEmpty()
                    .allSatisfy(s -> assertThat(s.get("modality").asText()).isNotEqualTo("workshop"));
            assertThat(answer.get("route").get("schedule").get("weeklyHours").asDouble())
                    .isEqualTo(8.0);
        });
    }

    @Test
    void shouldRejectAnInvalidInlineRouteRequestWithPointers() {
        withDemo((app, client) -> {
            var response = client.post(
                    "/api/v1/routes",
                    "{\"levels\": {\"sql\": 7}, \"preferences\": {\"excludeModalities\": [\"telepathy\"]}}");

            assertThat(response.code()).isEqualTo(400);
            var pointers = new ArrayList<String>();
            json(response)
                    .get("errors")
                    .forEach(e -> pointers.add(e.get("pointer").asText()));
            assertThat(pointers).containsExactlyInAnyOrder("/levels/sql", "/role", "/preferences/excludeModalities/0");

            var typo = client.post("/api/v1/routes", "{\"role\": \"data-analyst\", \"levles\": {}}");
            assertThat(typo.code()).isEqualTo(400);
            assertThat(json(typo).get("code").asText()).isEqualTo("invalid-body");
        });
    }
}
