package org.skillgraph.engine.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.curriculum.CurriculumRepository;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.learner.LearnerRepository;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.route.RoutePreferences;
import org.skillgraph.engine.snapshot.LearnerState;
import org.skillgraph.seed.testing.Neo4jFixture;

class CareerServiceIT {

    private final Neo4jFixture neo4j = Neo4jFixture.get();
    private final GraphClient graph = GraphClient.wrap(neo4j.driver(), Neo4jSettings.unauthenticated(neo4j.boltUri()));
    private final CurriculumCache curriculum = new CurriculumCache(new CurriculumRepository(graph)::load);
    private final LearnerRepository learners = new LearnerRepository(graph);
    private final RoutePlanner routes = new RoutePlanner();
    private final CareerPlanner planner = new CareerPlanner(routes);
    private final CareerService career =
            new CareerService(learners, curriculum, planner, new RoleHistoryRepository(graph), 3);

    @BeforeEach
    void demo() {
        neo4j.useDemo();
    }

    @Test
    void shouldDescribeEachMoveWithHowManyPeopleOfTheDemoMadeIt() {
        var answer = career.forRole("data-analyst", "data-engineer", new CareerOptions(3, false, 0.7));

        var move = answer.routes().get(0).moves().get(0);
        assertThat(move.from()).isEqualTo("data-analyst");
        assertThat(move.to()).isEqualTo("analytics-engineer");
        int made = neo4j.query("""
                        MATCH (p:Person)-[a:HELD_ROLE]->(:Role {id: 'data-analyst'})
                        WHERE EXISTS { (p)-[b:HELD_ROLE]->(:Role {id: 'analytics-engineer'}) WHERE b.from = a.to }
                        RETURN count(DISTINCT p) AS n""", Map.of()).stream()
                .map(o -> ((Number) o).intValue())
                .findFirst()
                .orElseThrow();
        assertThat(made).isGreaterThanOrEqualTo(3);
        assertThat(move.observed().people()).isEqualTo(made);
        assertThat(move.observed().medianMonthsInRole()).isPositive();
        assertThat(move.observed().share()).isBetween(0.0, 1.0);
    }

    @Test
    void shouldForgetAnErasedPersonsMovesInTheNextAnswer() {
        var before = career.forRole("data-analyst", "analytics-engineer", CareerOptions.defaults())
                .routes()
                .get(0)
                .moves()
                .get(0)
                .observed();
        neo4j.query("""
                MATCH (p:Person)-[:HELD_ROLE]->(:Role {id: 'data-analyst'})
                WHERE EXISTS { (p)-[:HELD_ROLE|IN_ROLE]->(:Role {id: 'analytics-engineer'}) }
                WITH p ORDER BY p.id LIMIT 1 DETACH DELETE p""", Map.of());

        var after = career.forRole("data-analyst", "analytics-engineer", CareerOptions.defaults())
                .routes()
                .get(0)
                .moves()
                .get(0)
                .observed();

        assertThat(after.people()).isEqualTo(before.people() - 1);
    }

    @Test
    void shouldSuppressMovesFewerThanThreePeopleOfTheDemoMade() {
        var answer = career.forRole("data-analyst", "senior-data-analyst", CareerOptions.defaults());

        var move = answer.routes().get(0).moves().get(0);
        assertThat(move.observed().suppressed()).isTrue();
        assertThat(move.observed().people()).isNull();
        assertThat(move.observed().medianMonthsInRole()).isNull();
        assertThat(move.observed().share()).isZero();
    }

    @Test
    void shouldFindCheapestRoutesUpTheDemoDataLadder() {
        var answer = career.forRole("junior-data-analyst", "head-of-data", new CareerOptions(3, false, 0.7));

        assertThat(answer.routes()).hasSize(3);
        assertThat(answer.routes()).allSatisfy(route -> {
            assertThat(route.roles()).startsWith("junior-data-analyst").endsWith("head-of-data");
            assertThat(route.totalHours())
                    .isCloseTo(
                            route.moves().stream()
                                    .mapToDouble(CareerMove::hours)
                                    .sum(),
                            org.assertj.core.data.Offset.offset(1e-6));
            assertThat(route.moves()).allSatisfy(move -> {
                assertThat(move.basis()).isEqualTo(CareerMove.PROFILE);
                assertThat(move.feasible()).isTrue();
                assertThat(neo4j.query(
                                "MATCH (:Role {id: $from})-[l:LEADS_TO]->(:Role {id: $to}) RETURN l.kind",
                                Map.of("from", move.from(), "to", move.to())))
                        .containsExactly(move.kind());
            });
        });
        assertThat(answer.routes()).extracting(CareerRoute::totalHours).isSortedAccordingTo(Double::compare);
    }

    @Test
    void shouldPriceAMoveAsTheRoutePlannerPricesTheSourceProfile() {
        var snapshot = curriculum.at(learners.graphVersion());
        var levels = new java.util.HashMap<String, Integer>();
        snapshot.roleProfile("data-analyst").forEach(n -> levels.put(n.skillId(), n.level()));
        var expected = routes.planForRole(
                snapshot, LearnerState.of(levels), "senior-data-analyst", RoutePreferences.defaults());

        var answer = career.forRole("data-analyst", "senior-data-analyst", new CareerOptions(1, false, 0.7));

        var move = answer.routes().get(0).moves().get(0);
        assertThat(answer.routes().get(0).roles()).containsExactly("data-analyst", "senior-data-analyst");
        assertThat(move.hours()).isEqualTo(expected.totalHours()).isPositive();
        assertThat(move.raises()).isNotEmpty();
    }

    @Test
    void shouldPriceThePersonsFirstMoveWithTheirLevelsAndDefaultToTheirTarget() {
        var answer = career.forPerson("p-042", null, CareerOptions.defaults());
        var byProfile = career.forRole("data-analyst", "senior-data-analyst", CareerOptions.defaults());

        assertThat(answer.from()).isEqualTo("data-analyst");
        assertThat(answer.to()).isEqualTo("senior-data-analyst");
        assertThat(answer.personId()).isEqualTo("p-042");
        var direct = answer.routes().get(0);
        assertThat(direct.roles()).containsExactly("data-analyst", "senior-data-analyst");
        assertThat(direct.moves().get(0).basis()).isEqualTo(CareerMove.PERSON);
        assertThat(direct.totalHours())
                .as("p-042 holds more than the data analyst profile")
                .isLessThan(byProfile.routes().get(0).totalHours());
    }

    @Test
    void shouldPriceMovesOncePerGraphVersion() {
        career.forRole("junior-data-analyst", "head-of-data", CareerOptions.defaults());
        var snapshot = curriculum.at(learners.graphVersion());
        int priced = planner.pricedMoves(snapshot);

        career.forRole("junior-data-analyst", "head-of-data", CareerOptions.defaults());
        career.forRole("data-analyst", "head-of-data", CareerOptions.defaults());

        assertThat(priced).isPositive();
        assertThat(planner.pricedMoves(snapshot)).isEqualTo(priced);
    }

    @Test
    void shouldOfferInferredMovesOnlyWhenAsked() {
        var modelled = career.forRole("finance-analyst", "data-scientist", new CareerOptions(10, false, 0.7));
        var inferred = career.forRole("finance-analyst", "data-scientist", new CareerOptions(10, true, 0.5));

        assertThat(modelled.routes()).allSatisfy(r -> assertThat(r.moves()).noneMatch(CareerMove::inferred));
        assertThat(inferred.routes()).anySatisfy(r -> assertThat(r.moves()).anyMatch(CareerMove::inferred));
        assertThat(inferred.routes().get(0).totalHours())
                .isLessThanOrEqualTo(modelled.routes().get(0).totalHours());
    }

    @Test
    void shouldExplainWhyThereIsNoRoute() {
        var fromTheTop = career.forRole("chief-executive", "graduate-engineer", CareerOptions.defaults());
        var same = career.forPerson("p-042", "data-analyst", CareerOptions.defaults());

        assertThat(fromTheTop.routes()).isEmpty();
        assertThat(fromTheTop.reason()).isEqualTo(CareerRoutes.REASON_TARGET_UNREACHABLE);
        assertThat(same.routes()).isEmpty();
        assertThat(same.reason()).isEqualTo(CareerRoutes.REASON_SAME_ROLE);
    }

    @Test
    void shouldAnswer404ForUnknownRolesAndPeople() {
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> career.forRole("astronaut", "head-of-data", CareerOptions.defaults()))
                .satisfies(e -> assertThat(e.id()).isEqualTo("astronaut"));
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> career.forRole("data-analyst", "astronaut", CareerOptions.defaults()))
                .satisfies(e -> assertThat(e.id()).isEqualTo("astronaut"));
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> career.forPerson("p-nobody", "head-of-data", CareerOptions.defaults()))
                .satisfies(e -> assertThat(e.kind()).isEqualTo("person"));
    }

    @Test
    void shouldAskForATargetWhenThePersonHasNone() {
        var withoutTarget = (String) neo4j.query(
                        "MATCH (p:Person)-[:IN_ROLE]->() WHERE NOT (p)-[:TARGETS]->() RETURN p.id ORDER BY p.id LIMIT 1",
                        Map.of())
                .get(0);

        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> career.forPerson(withoutTarget, null, CareerOptions.defaults()))
                .satisfies(
                        e -> assertThat(e.errors()).extracting(f -> f.pointer()).containsExactly("query:to"));
    }
}
