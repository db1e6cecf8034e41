package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.json;
import static org.skillgraph.api.http.ApiFixture.ok;
import static org.skillgraph.api.http.ApiFixture.withDemo;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cohort segments over real HTTP on the demo organisation. */
class SegmentsApiIT {

    @Test
    void shouldSegmentTheDemoAnalystsByRulesAndByGapProfile() {
        withDemo((app, client) -> {
            var answer = ok(client.get("/api/v1/cohorts/c-2026-q1-data-analysts/segments"));

            assertThat(answer.get("roleChosenBy").asText()).isEqualTo("target");
            assertThat(ids(answer.get("rules"), "id"))
                    .containsExactly("s-analysts-foundations", "s-analysts-nearly-there", "s-analysts-to-engineering");
            for (var segment : answer.get("rules")) {
                assertThat(segment.get("kind").asText()).isEqualTo("rule");
                for (var member : segment.get("members")) {
                    var fields = new ArrayList<String>();
                    member.fieldNames().forEachRemaining(fields::add);
                    assertThat(fields).containsExactly("id", "name");
                }
            }
            var auto = answer.get("automatic");
            assertThat(auto.get("segments")).isNotEmpty();
            int grouped = 0;
            for (var segment : auto.get("segments")) {
                grouped += segment.get("members").size();
                assertThat(segment.get("entryPoint")).isNotEmpty();
            }
            assertThat(grouped + answer.get("withoutRole").size())
                    .isEqualTo(answer.get("members").asInt());
        });
    }

    @Test
    void shouldAnswerTheSameSegmentsTwice() {
        withDemo((app, client) -> {
            var first = ok(client.get("/api/v1/cohorts/c-emerging-leaders-2026/segments"));
            var second = ok(client.get("/api/v1/cohorts/c-emerging-leaders-2026/segments"));

            assertThat(second).isEqualTo(first);
        });
    }

    @Test
    void shouldGroupEveryoneTargetingARole() {
        withDemo((app, client) -> {
            var answer = ok(client.get("/api/v1/roles/senior-data-analyst/segments"));

            assertThat(answer.get("rules")).isEmpty();
            int grouped = 0;
            for (var segment : answer.get("automatic").get("segments")) {
                grouped += segment.get("members").size();
            }
            assertThat(grouped).isEqualTo(answer.get("members").asInt()).isPositive();
            assertThat(client.get("/api/v1/roles/astronaut/segments").code()).isEqualTo(404);
        });
    }

    @Test
    void shouldAnswer404ForUnknownCohortsAndRoles() {
        withDemo((app, client) -> {
            var cohort = client.get("/api/v1/cohorts/c-nobody/segments");
            var role = client.get("/api/v1/cohorts/c-2026-q1-data-analysts/segments?role=astronaut");

            assertThat(cohort.code()).isEqualTo(404);
            assertThat(json(cohort).get("detail").asText()).contains("c-nobody");
            assertThat(role.code()).isEqualTo(404);
            assertThat(json(role).get("detail").asText()).contains("astronaut");
        });
    }

    private static List<String> ids(com.fasterxml.jackson.databind.JsonNode array, String field) {
        var ids = new ArrayList<String>();
        array.forEach(n -> ids.add(n.get(field).asText()));
        return ids;
    }
}
