package org.skillgraph.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.TestConfig;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillgraph.api.app.Skillgraph;
import org.skillgraph.api.http.ApiServer;
import org.skillgraph.api.http.ServerSettings;
import org.skillgraph.api.http.auth.SecuritySettings;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.seed.DemoOrganisation;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.testing.Neo4jFixture;

/**
 * The demo never ages: loaded as {@code serve --demo} loads it (dated relative to the server's today) today and
 * 400 days later, it gives the same answers, and the learner whose token {@code serve --demo} prints has a route
 * to her target.
 */
class DemoAgesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PEOPLE = List.of("p-008", "p-042", "p-009", "p-021", "p-060", "p-120");
    private static final List<String> QUESTIONS = List.of("gap", "route", "coaches", "career-routes");
    private static final LocalDate TODAY = LocalDate.now(Clock.systemUTC());

    private static Answers today;
    private static Answers later;

    @BeforeAll
    static void loadTheDemoOnTwoDays() {
        today = answersOn(TODAY);
        later = answersOn(TODAY.plusDays(400));
    }

    @AfterAll
    static void leaveNoShiftedDemoBehind() {
        // The fixture would take a demo loaded on another day for its own (same version and counts).
        Neo4jFixture.get().reset();
    }

    @Test
    void shouldGiveTheSameAnswersWhicheverDayTheDemoIsLoaded() {
        assertThat(later.learner()).isEqualTo(today.learner());
        assertThat(today.byQuestion()).hasSize(PEOPLE.size() * QUESTIONS.size());
        today.byQuestion()
                .forEach((question, answer) -> assertThat(later.byQuestion().get(question))
                        .as(question)
                        .isEqualTo(answer));
        assertThat(today.byQuestion().get("p-042 coaches").at("/candidates")).isNotEmpty();
    }

    @Test
    void shouldGiveTheLearnerServeDemoPrintsAReachableRouteToHerTarget() {
        assertThat(today.learner()).isEqualTo("p-008");
        var route = today.byQuestion().get("p-008 route");
        assertThat(route.at("/route/unreachable")).as(route.toString()).isEmpty();
        assertThat(route.at("/route/steps")).isNotEmpty();
        var career = today.byQuestion().get("p-008 career-routes");
        assertThat(career.at("/status").asText()).as(career.toString()).isNotEqualTo("requirements-unreachable");
    }

    private record Answers(String learner, Map<String, JsonNode> byQuestion) {}

    private static Answers answersOn(LocalDate day) {
        var neo4j = Neo4jFixture.get();
        neo4j.reset();
        var clock = Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        var skillgraph = Skillgraph.over(
                GraphClient.wrap(neo4j.driver(), Neo4jSettings.unauthenticated(neo4j.boltUri())), clock);
        DemoOrganisation.load(skillgraph.importer(), ImportProgress.none(), clock);
        var learner = StartupTokens.demoLearner(skillgraph.services()).orElseThrow();
        var admin = skillgraph.services().security().tokens().issue(AccessRole.ADMIN, null, "demo ages test");
        var server =
                ApiServer.create(skillgraph.services(), ServerSettings.loopback(0), new SecuritySettings(0, 0), clock);
        var config = new TestConfig(
                true,
                true,
                java.net.http.HttpClient.newHttpClient(),
                Map.of("Authorization", "Bearer " + admin.secret()));
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        JavalinTest.test(server.javalin(), config, (app, client) -> {
            for (String person : PEOPLE) {
                for (String question : QUESTIONS) {
                    var response = client.get("/api/v1/people/" + person + "/" + question);
                    var body = response.body().string();
                    assertThat(response.code()).as(body).isEqualTo(200);
                    answers.put(person + " " + question, relative(JSON.readTree(body), day));
                }
            }
        });
        return new Answers(learner.id(), answers);
    }

    /** The answer with every date written as days from {@code day}: shifted dates compare equal. */
    private static JsonNode relative(JsonNode node, LocalDate day) {
        if (node.isTextual() && node.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return TextNode.valueOf("today" + ChronoUnit.DAYS.between(day, LocalDate.parse(node.asText())));
        }
        if (node instanceof ObjectNode object) {
            var copy = JSON.createObjectNode();
            object.properties().forEach(e -> copy.set(e.getKey(), relative(e.getValue(), day)));
            return copy;
        }
        if (node instanceof ArrayNode array) {
            var copy = JSON.createArrayNode();
            array.forEach(e -> copy.add(relative(e, day)));
            return copy;
        }
        return node;
    }
}
