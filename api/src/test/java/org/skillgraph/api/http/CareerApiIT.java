package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.json;
import static org.skillgraph.api.http.ApiFixture.ok;
import static org.skillgraph.api.http.ApiFixture.pointers;
import static org.skillgraph.api.http.ApiFixture.withDemo;

import org.junit.jupiter.api.Test;

class CareerApiIT {

    @Test
    void shouldAnswerTheCheapestRoutesBetweenTwoRoles() {
        withDemo((app, client) -> {
            var answer = ok(client.get("/api/v1/roles/junior-data-analyst/career-routes?to=head-of-data&k=2"));

            assertThat(answer.get("from").asText()).isEqualTo("junior-data-analyst");
            assertThat(answer.get("reason").isNull()).isTrue();
            var routes = answer.get("routes");
            assertThat(routes).hasSize(2);
            assertThat(routes.get(0).get("totalHours").asDouble())
                    .isLessThanOrEqualTo(routes.get(1).get("totalHours").asDouble());
            var first = routes.get(0);
            assertThat(first.get("roles").get(0).asText()).isEqualTo("junior-data-analyst");
            assertThat(first.get("moves"))
                    .hasSize(first.get("roles").size() - 1)
                    .allSatisfy(move -> {
                        assertThat(move.get("basis").asText()).isEqualTo("profile");
                        assertThat(move.get("hours").asDouble()).isNotNegative();
                        assertThat(move.get("raises")).isNotEmpty();
                        assertThat(move.get("modules")).isNotEmpty();
                        assertThat(move.get("unreachable")).isEmpty();
                    });
        });
    }

    @Test
    void shouldAnswer200WithAReasonWhenThereIsNoRoute() {
        withDemo((app, client) -> {
            var none = ok(client.get("/api/v1/roles/chief-executive/career-routes?to=graduate-engineer"));
            var same = ok(client.get("/api/v1/roles/data-analyst/career-routes?to=data-analyst"));

            assertThat(none.get("routes")).isEmpty();
            assertThat(none.get("reason").asText()).isEqualTo("target-unreachable");
            assertThat(none.get("detail").asText()).contains("chief-executive");
            assertThat(same.get("reason").asText()).isEqualTo("same-role");
        });
    }

    @Test
    void shouldPriceAPersonsFirstMoveWithTheirLevels() {
        withDemo((app, client) -> {
            var answer = ok(client.get("/api/v1/people/p-042/career-routes?k=1"));

            assertThat(answer.get("personId").asText()).isEqualTo("p-042");
            assertThat(answer.get("to").asText()).isEqualTo("senior-data-analyst");
            assertThat(answer.at("/routes/0/moves/0/basis").asText()).isEqualTo("person");
            var other =
                    ok(client.get("/api/v1/people/p-042/career-routes?to=head-of-data&inferred=true&minOverlap=0.5"));
            assertThat(other.get("inferredMoves").asBoolean()).isTrue();
            assertThat(other.get("routes")).isNotEmpty();
        });
    }

    @Test
    void shouldNameEveryBadParameter() {
        withDemo((app, client) -> {
            var response = client.get("/api/v1/roles/data-analyst/career-routes?k=11&inferred=maybe&minOverlap=2");

            assertThat(response.code()).isEqualTo(400);
            assertThat(pointers(json(response)))
                    .containsExactlyInAnyOrder("query:to", "query:k", "query:inferred", "query:minOverlap");
            assertThat(client.get("/api/v1/people/p-042/career-routes?k=zero").code())
                    .isEqualTo(400);
        });
    }

    @Test
    void shouldNameABadWeightingOrAlpha() {
        withDemo((app, client) -> {
            var unknown = client.get("/api/v1/roles/data-analyst/career-routes?to=head-of-data&weighting=popular");
            var outOfRange =
                    client.get("/api/v1/roles/data-analyst/career-routes?to=head-of-data&weighting=blend&alpha=1.5");
            var alphaAlone = client.get("/api/v1/people/p-042/career-routes?alpha=0.3");
            var notANumber = client.get("/api/v1/people/p-042/career-routes?weighting=blend&alpha=half");

            for (var response : java.util.List.of(unknown, outOfRange, alphaAlone, notANumber)) {
                assertThat(response.code()).isEqualTo(400);
                assertThat(response.headers().get("Content-Type").get(0)).startsWith("application/problem+json");
            }
            assertThat(pointers(json(unknown))).containsExactly("query:weighting");
            assertThat(pointers(json(outOfRange))).containsExactly("query:alpha");
            assertThat(pointers(json(alphaAlone))).containsExactly("query:alpha");
            assertThat(pointers(json(notANumber))).containsExactly("query:alpha");
        });
    }

    @Test
    void shouldRankByTheBlendWhenAskedAndShowWhatPeopleDid() {
        withDemo((app, client) -> {
            var hours = ok(client.get("/api/v1/roles/data-analyst/career-routes?to=head-of-data&k=3"));
            var blend = ok(
                    client.get("/api/v1/roles/data-analyst/career-routes?to=head-of-data&k=3&weighting=blend&alpha=1"));

            assertThat(hours.get("weighting").asText()).isEqualTo("hours");
            assertThat(hours.get("alpha").isNull()).isTrue();
            assertThat(hours.at("/routes/0/weight").asDouble())
                    .isEqualTo(hours.at("/routes/0/totalHours").asDouble());
            assertThat(blend.get("weighting").asText()).isEqualTo("blend");
            assertThat(blend.get("alpha").asDouble()).isEqualTo(1.0);
            for (var route : blend.get("routes")) {
                assertThat(route.get("weight").asDouble())
                        .isLessThanOrEqualTo(route.get("totalHours").asDouble());
            }
            var analyticsEngineer = blend.findValues("moves").stream()
                    .flatMap(moves -> java.util.stream.StreamSupport.stream(moves.spliterator(), false))
                    .filter(move -> move.get("from").asText().equals("data-analyst")
                            && move.get("to").asText().equals("analytics-engineer"))
                    .findFirst()
                    .orElseThrow();
            assertThat(analyticsEngineer.at("/observed/people").asInt()).isGreaterThanOrEqualTo(3);
            assertThat(analyticsEngineer.at("/observed/suppressed").asBoolean()).isFalse();
        });
    }

    @Test
    void shouldAnswer404ForUnknownRolesAndPeople() {
        withDemo((app, client) -> {
            var unknownFrom = client.get("/api/v1/roles/astronaut/career-routes?to=head-of-data");
            assertThat(unknownFrom.code()).isEqualTo(404);
            assertThat(json(unknownFrom).get("detail").asText()).contains("astronaut");
            assertThat(client.get("/api/v1/roles/data-analyst/career-routes?to=astronaut")
                            .code())
                    .isEqualTo(404);
            assertThat(client.get("/api/v1/people/p-nobody/career-routes?to=head-of-data")
                            .code())
                    .isEqualTo(404);
            assertThat(client.get("/api/v1/people/p-042/career-routes?to=astronaut")
                            .code())
                    .isEqualTo(404);
        });
    }

    @Test
    void shouldAskForATargetWhenThePersonHasNone() {
        withDemo((app, client) -> {
            String withoutTarget = null;
            for (var p : ok(client.get("/api/v1/people?limit=200")).get("items")) {
                if (p.get("targetRoleId").isNull()) {
                    withoutTarget = p.get("id").asText();
                    break;
                }
            }

            var response = client.get("/api/v1/people/" + withoutTarget + "/career-routes");

            assertThat(response.code()).isEqualTo(400);
            assertThat(json(response).get("code").asText()).isEqualTo("missing-target");
            assertThat(pointers(json(response))).containsExactly("query:to");
        });
    }
}
