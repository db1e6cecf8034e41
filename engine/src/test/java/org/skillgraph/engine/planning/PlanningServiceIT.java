package org.skillgraph.engine.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.curriculum.CurriculumRepository;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.gap.GapPlanner;
import org.skillgraph.engine.learner.LearnerRepository;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.engine.route.RouteMode;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.route.RoutePreferences;
import org.skillgraph.engine.snapshot.LearnerState;
import org.skillgraph.seed.testing.Neo4jFixture;

class PlanningServiceIT {

    private final Neo4jFixture neo4j = Neo4jFixture.get();
    private final GraphClient graph = GraphClient.wrap(neo4j.driver(), Neo4jSettings.unauthenticated(neo4j.boltUri()));
    private final CountingLoader loader = new CountingLoader(new CurriculumRepository(graph));
    private final PlanningService planning = new PlanningService(
            new LearnerRepository(graph), new CurriculumCache(loader::load), new GapPlanner(), new RoutePlanner());

    @BeforeEach
    void demo() {
        neo4j.useDemo();
    }

    @Test
    void shouldAnswerTheGapForThePersonsTargetRole() {
        var answer = planning.gapForRole("p-042", null);

        assertThat(answer.roleChosenBy()).isEqualTo("target");
        assertThat(answer.gap().targetId()).isEqualTo("senior-data-analyst");
        assertThat(answer.gap().readiness()).isBetween(0.0, 1.0);
        assertThat(answer.gap().skills()).anySatisfy(s -> {
            assertThat(s.skillId()).isEqualTo("sql");
            assertThat(s.gap()).isEqualTo(s.requiredLevel() - s.currentLevel()).isPositive();
        });
    }

    @Test
    void shouldExplainWhatToPassWhenThePersonHasNoTargetRole() {
        var withoutTarget = (String)
                neo4j.query("MATCH (p:Person) WHERE NOT (p)-[:TARGETS]->() RETURN p.id ORDER BY p.id LIMIT 1", Map.of())
                        .get(0);

        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> planning.gapForRole(withoutTarget, null))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo("missing-target");
                    assertThat(e.getMessage()).contains("role=");
                    assertThat(e.errors()).extracting(f -> f.pointer()).containsExactly("query:role");
                });
        assertThat(planning.gapForRole(withoutTarget, "data-analyst").gap().targetId())
                .isEqualTo("data-analyst");
    }

    @Test
    void shouldAnswer404ForUnknownPeopleAndRoles() {
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> planning.gapForRole("p-nobody", null));
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> planning.gapForRole("p-042", "astronaut"));
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> planning.routeForRole("p-042", "astronaut", RoutePreferences.defaults()));
    }

    @Test
    void shouldRouteAPersonWithoutRepeatingCompletedModulesAndWithinTheirWeeklyHours() {
        var completed = new HashSet<Object>(
                neo4j.query("MATCH (:Person {id: 'p-042'})-[:COMPLETED]->(m) RETURN m.id", Map.of()));
        var weekly = (Double) neo4j.query("MATCH (p:Person {id: 'p-042'}) RETURN toFloat(p.weeklyHours)", Map.of())
                .get(0);

        var answer = planning.routeForRole("p-042", null, RoutePreferences.defaults());

        var route = answer.route();
        assertThat(route.steps())
                .isNotEmpty()
                .noneSatisfy(s -> assertThat(completed).contains(s.moduleId()));
        assertThat(route.unreachable()).isEmpty();
        assertThat(route.totalHours())
                .isEqualTo(route.steps().stream().mapToDouble(s -> s.hours()).sum());
        assertThat(route.lowerBoundHours()).isLessThanOrEqualTo(route.totalHours());
        assertThat(answer.weeklyHoursFrom()).isEqualTo("person");
        assertThat(route.schedule().weeklyHours()).isEqualTo(weekly);
        assertThat(route.schedule().weeks())
                .allSatisfy(w -> assertThat(w.hours()).isLessThanOrEqualTo(weekly + 1e-9));
    }

    @Test
    void shouldRouteEveryDemoRoleFromScratch() {
        var roles = neo4j.query("MATCH (r:Role) RETURN r.id ORDER BY r.id", Map.of());

        for (var role : roles) {
            var plan = planning.routeInline(
                    LearnerState.empty(), (String) role, Map.<String, Integer>of(), RoutePreferences.defaults());
            assertThat(plan.unreachable()).as("unreachable for %s", role).isEmpty();
            assertThat(plan.mode()).isIn(RouteMode.EXACT, RouteMode.HEURISTIC);
        }
    }

    @Test
    void shouldHonourExcludedModalitiesAndSelfPacedOnly() {
        var preferences = new RoutePreferences(Set.of("workshop", "coaching"), true, false, 3.0);

        var route = planning.routeForRole("p-042", null, preferences).route();

        assertThat(route.steps()).allSatisfy(s -> assertThat(s.modality()).isNotIn("workshop", "coaching"));
        assertThat(route.schedule().weeklyHours()).isEqualTo(3.0);
    }

    @Test
    void shouldRebuildTheSnapshotOnlyWhenTheGraphVersionMoves() {
        planning.gapForRole("p-042", null);
        planning.routeForRole("p-042", null, RoutePreferences.defaults());
        int builds = loader.builds;

        neo4j.importer()
                .importBundle(
                        new java.io.ByteArrayInputStream(
                                "{\"topics\": [{\"id\": \"t-new\", \"name\": \"New\"}]}".getBytes()),
                        org.skillgraph.seed.bundle.ImportProgress.none());
        var after = planning.gapForRole("p-042", null);

        assertThat(builds).isEqualTo(1);
        assertThat(loader.builds).isEqualTo(2);
        assertThat(after.graphVersion())
                .isEqualTo(
                        neo4j.query("MATCH (m:Meta) RETURN m.version", Map.of()).get(0));
    }

    /** Counts snapshot builds, to see the cache at work. */
    private static final class CountingLoader {
        private final CurriculumRepository repository;
        int builds;

        CountingLoader(CurriculumRepository repository) {
            this.repository = repository;
        }

        org.skillgraph.engine.snapshot.CurriculumSnapshot load() {
            builds++;
            return repository.load();
        }
    }
}
