package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.ok;
import static org.skillgraph.api.http.ApiFixture.withDemo;
import static org.skillgraph.api.http.CatalogApiIT.ids;

import org.junit.jupiter.api.Test;

class PeopleApiIT {

    @Test
    void shouldDescribeAPersonWithRoleTargetManagerAndHeldSkills() {
        withDemo((app, client) -> {
            var person = ok(client.get("/api/v1/people/p-042"));

            assertThat(person.get("role").get("id").asText()).isEqualTo("data-analyst");
            assertThat(person.get("targetRole").get("id").asText()).isEqualTo("senior-data-analyst");
            assertThat(person.get("manager").get("id").asText()).startsWith("p-");
            assertThat(person.get("holds")).isNotEmpty().allSatisfy(h -> {
                assertThat(h.get("level").asInt()).isBetween(0, 5);
                assertThat(h.get("source").asText()).isNotBlank();
                assertThat(h.get("at").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            });
        });
    }

    @Test
    void shouldFilterPeopleByDepartmentAndTargetRole() {
        withDemo((app, client) -> {
            var all = ok(client.get("/api/v1/people?limit=100"));
            var page2 = ok(client.get(
                    "/api/v1/people?limit=100&cursor=" + all.get("nextCursor").asText()));
            assertThat(all.get("items").size() + page2.get("items").size()).isGreaterThanOrEqualTo(150);

            var targeting = ok(client.get("/api/v1/people?targetRole=senior-data-analyst&limit=200"))
                    .get("items");
            assertThat(targeting)
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(p.get("targetRoleId").asText()).isEqualTo("senior-data-analyst"));
            var department = targeting.get(0).get("department").asText();
            var both = ok(client.get("/api/v1/people?targetRole=senior-data-analyst&limit=200&department="
                            + java.net.URLEncoder.encode(department, java.nio.charset.StandardCharsets.UTF_8)))
                    .get("items");
            assertThat(both)
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(p.get("department").asText()).isEqualTo(department));
        });
    }

    @Test
    void shouldListCohortsAndTheirMembers() {
        withDemo((app, client) -> {
            var cohorts = ok(client.get("/api/v1/cohorts")).get("items");
            assertThat(cohorts.size()).isGreaterThanOrEqualTo(3);

            var cohort = cohorts.get(0);
            var members = ok(client.get("/api/v1/cohorts/" + cohort.get("id").asText() + "/members?limit=200"))
                    .get("items");
            assertThat(members.size()).isEqualTo(cohort.get("members").asInt());
            assertThat(ids(members)).isSorted();
        });
    }

    @Test
    void shouldAnswer404ForAnUnknownPersonOrCohort() {
        withDemo((app, client) -> {
            assertThat(client.get("/api/v1/people/p-999999").code()).isEqualTo(404);
            assertThat(client.get("/api/v1/cohorts/c-nope/members").code()).isEqualTo(404);
        });
    }
}
