package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.bearer;
import static org.skillgraph.api.http.ApiFixture.json;
import static org.skillgraph.api.http.ApiFixture.ok;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.TestCase;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillgraph.api.app.EngineSettings;
import org.skillgraph.api.app.Skillgraph;
import org.skillgraph.api.http.auth.SecuritySettings;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.engine.budget.PlanningBudget;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.testing.Neo4jFixture;

/**
 * {@code POST /api/v1/routes} on a generated curriculum of 1,500 skills and 3,000 modules: a target set over
 * the cap is refused before any planning, one at the cap is planned within its counted budget.
 */
class PlanningBudgetApiIT {

    private static final int SKILLS = 1_500;

    /**
     * The default counted limits with a wall clock no busy machine reaches, so only the counted limits decide
     * (the default 5 s backstop could add {@code TIME} to what ran out on a loaded CI machine).
     */
    private static final PlanningBudget COUNTED =
            PlanningBudget.defaults().withWallClock(java.time.Duration.ofHours(1));

    @BeforeAll
    static void importGeneratedCurriculum() {
        Neo4jFixture.get().reset();
        Neo4jFixture.get()
                .importer()
                .importBundle(GeneratedCurriculum.bundle(20_261_207L, SKILLS, 3_000), ImportProgress.none());
    }

    @Test
    void shouldRefuseMoreTargetSkillsThanTheCapNamingIt() {
        withServer(PlanningBudget.defaults(), (app, client, token) -> {
            var response = client.post("/api/v1/routes", body(PlanningBudget.DEFAULT_MAX_TARGETS + 1), token);

            assertThat(response.code()).isEqualTo(400);
            var problem = json(response);
            assertThat(problem.get("code").asText()).isEqualTo("too-many-targets");
            assertThat(problem.get("detail").asText()).contains("at most " + PlanningBudget.DEFAULT_MAX_TARGETS);
            assertThat(problem.get("errors").get(0).get("pointer").asText()).isEqualTo("/skills");
        });
    }

    @Test
    void shouldPlanTheLargestAllowedTargetWithinItsCountedBudget() {
        withServer(COUNTED, (app, client, token) -> {
            var route = ok(client.post("/api/v1/routes", body(PlanningBudget.DEFAULT_MAX_TARGETS), token))
                    .get("route");

            assertValid(route);
            var budget = route.get("budget");
            assertThat(budget.get("searchNodes").asLong())
                    .isLessThanOrEqualTo(budget.get("searchNodeLimit").asLong());
            assertThat(budget.get("searchNodeLimit").asLong()).isEqualTo(PlanningBudget.DEFAULT_SEARCH_NODES);
            assertThat(budget.get("work").asLong())
                    .isPositive()
                    .isLessThanOrEqualTo(budget.get("workLimit").asLong());
            assertThat(budget.get("workLimit").asLong()).isEqualTo(PlanningBudget.DEFAULT_WORK);
        });
    }

    @Test
    void shouldSayWhenTheBudgetRanOutAndStillAnswerAValidRoute() {
        withServer(COUNTED.withWork(10_000), (app, client, token) -> {
            var route = ok(client.post("/api/v1/routes", body(PlanningBudget.DEFAULT_MAX_TARGETS), token))
                    .get("route");

            assertValid(route);
            assertThat(route.get("mode").asText()).isEqualTo("HEURISTIC");
            assertThat(route.get("budget").get("ranOut").toString()).isEqualTo("[\"WORK\"]");
            assertThat(route.get("budget").get("workLimit").asLong()).isEqualTo(10_000);
            assertThat(route.get("notes").toString()).contains("the planning budget ran out (work)");
        });
    }

    /** A route whose lower bound does not exceed its hours and that reaches or explains every target. */
    private static void assertValid(JsonNode route) {
        assertThat(route.get("lowerBoundHours").asDouble())
                .isPositive()
                .isLessThanOrEqualTo(route.get("totalHours").asDouble());
        assertThat(route.get("schedule").get("skillMilestones").size()
                        + route.get("unreachable").size())
                .isEqualTo(PlanningBudget.DEFAULT_MAX_TARGETS);
        assertThat(route.get("steps")).isNotEmpty();
    }

    /** An inline learner with no levels and {@code count} target skills at level 3, spread over the curriculum. */
    private static String body(int count) {
        Map<String, Integer> skills = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            skills.put(GeneratedCurriculum.skill((int) ((long) i * SKILLS / count)), 3);
        }
        return ApiFixture.JSON
                .createObjectNode()
                .set("skills", ApiFixture.JSON.valueToTree(skills))
                .toString();
    }

    private interface BudgetCase {
        void run(
                io.javalin.Javalin app,
                io.javalin.testtools.HttpClient client,
                java.util.function.Consumer<io.javalin.testtools.Request.Builder> token)
                throws Exception;
    }

    /** A server of its own over the shared graph, with {@code budget} and a fresh curriculum cache. */
    private static void withServer(PlanningBudget budget, BudgetCase test) {
        var skillgraph = Skillgraph.over(
                // Reading the generated curriculum's snapshot may outlast the default timeout on a busy machine.
                GraphClient.wrap(
                        Neo4jFixture.get().driver(),
                        new Neo4jSettings(
                                Neo4jFixture.get().boltUri(),
                                null,
                                null,
                                Neo4jSettings.DEFAULT_DATABASE,
                                java.time.Duration.ofMinutes(5))),
                Clock.systemUTC(),
                EngineSettings.defaults().withPlanning(budget));
        var secret = skillgraph
                .services()
                .security()
                .tokens()
                .issue(AccessRole.READER, null, "budget test")
                .secret();
        var server = ApiServer.create(
                skillgraph.services(), ServerSettings.loopback(0), new SecuritySettings(0, 0), Clock.systemUTC());
        TestCase testCase = (app, client) -> test.run(app, client, bearer(secret));
        JavalinTest.test(server.javalin(), testCase);
    }
}
