package org.skillgraph.engine.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.route.LevelChange;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.route.UnreachableReason;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.LearnerState;
import org.skillgraph.engine.snapshot.ModuleInfo;
import org.skillgraph.engine.snapshot.UnknownTargetException;

class CareerPlannerTest {

    private final CareerPlanner planner = new CareerPlanner(new RoutePlanner());

    private static ModuleInfo module(String id, double hours) {
        return new ModuleInfo(id, "Title of " + id, hours, "course", "self-paced", null, true, "published", null);
    }

    /**
     * start (a3) → mid (a3, x3) → top (a3, b3): 50 + 20 hours; start → side (a3, c3) → side2 (a3, b3, c3) →
     * top: 5 + 20 + 0 hours. locked needs z, which nothing teaches; island has no move in.
     */
    private static CurriculumSnapshot.Builder career() {
        var b = CurriculumSnapshot.builder(1);
        for (var skill : List.of("a", "b", "c", "x", "z")) {
            b.skill(skill, skill.toUpperCase(java.util.Locale.ROOT));
        }
        b.module(module("m-a", 10)).teaches("m-a", "a", 3);
        b.module(module("m-b", 20)).teaches("m-b", "b", 3);
        b.module(module("m-c", 5)).teaches("m-c", "c", 3);
        b.module(module("m-x", 50)).teaches("m-x", "x", 3);
        role(b, "start", Map.of("a", 3));
        role(b, "mid", Map.of("a", 3, "x", 3));
        role(b, "side", Map.of("a", 3, "c", 3));
        role(b, "side2", Map.of("a", 3, "b", 3, "c", 3));
        role(b, "top", Map.of("a", 3, "b", 3));
        role(b, "locked", Map.of("a", 3, "z", 3));
        role(b, "island", Map.of("a", 3));
        return b.leadsTo("start", "mid", "promotion")
                .leadsTo("mid", "top", "promotion")
                .leadsTo("start", "side", "lateral")
                .leadsTo("side", "side2", "lateral")
                .leadsTo("side2", "top", "promotion")
                .leadsTo("start", "locked", "lateral")
                .leadsTo("locked", "top", "promotion");
    }

    private static void role(CurriculumSnapshot.Builder b, String id, Map<String, Integer> needs) {
        b.role(id, "Title of " + id, null, null);
        needs.forEach((skill, level) -> b.needs(id, skill, level, 3, true));
    }

    private static List<List<String>> roles(CareerRoutes answer) {
        return answer.routes().stream().map(CareerRoute::roles).toList();
    }

    @Test
    void shouldRankRoutesByLearningHoursNotByHops() {
        var answer = planner.between(career().build(), "start", "top", CareerOptions.defaults());

        assertThat(roles(answer))
                .containsExactly(List.of("start", "side", "side2", "top"), List.of("start", "mid", "top"));
        var cheapest = answer.routes().get(0);
        assertThat(cheapest.moves()).extracting(CareerMove::hours).containsExactly(5.0, 20.0, 0.0);
        assertThat(cheapest.totalHours()).isEqualTo(25.0);
        assertThat(answer.routes().get(1).totalHours()).isEqualTo(70.0);
        assertThat(answer.reason()).isNull();
        assertThat(answer.graphVersion()).isEqualTo(1);
    }

    @Test
    void shouldDescribeEachMoveWithItsKindGapAndModules() {
        var move = planner.between(career().build(), "start", "top", CareerOptions.defaults())
                .routes()
                .get(1)
                .moves()
                .get(0);

        assertThat(move.from()).isEqualTo("start");
        assertThat(move.to()).isEqualTo("mid");
        assertThat(move.kind()).isEqualTo("promotion");
        assertThat(move.inferred()).isFalse();
        assertThat(move.basis()).isEqualTo(CareerMove.PROFILE);
        assertThat(move.raises()).containsExactly(new LevelChange("x", "X", 0, 3));
        assertThat(move.modules()).containsExactly("m-x");
        assertThat(move.feasible()).isTrue();
    }

    @Test
    void shouldReturnAtMostKRoutes() {
        var answer = planner.between(career().build(), "start", "top", new CareerOptions(1, false, 0.7));

        assertThat(roles(answer)).containsExactly(List.of("start", "side", "side2", "top"));
        assertThat(answer.k()).isEqualTo(1);
    }

    @Test
    void shouldNeverTakeAMoveWhoseRequirementsCannotBeLearnt() {
        var answer = planner.between(career().build(), "start", "top", new CareerOptions(10, false, 0.7));

        assertThat(answer.routes())
                .hasSize(2)
                .noneSatisfy(r -> assertThat(r.roles()).contains("locked"));
    }

    @Test
    void shouldExplainWhenOnlyBlockedMovesLeadToTheTarget() {
        var answer = planner.between(career().build(), "start", "locked", CareerOptions.defaults());

        assertThat(answer.routes()).isEmpty();
        assertThat(answer.reason()).isEqualTo(CareerRoutes.REASON_REQUIREMENTS_UNREACHABLE);
        assertThat(answer.blockedMoves()).singleElement().satisfies(move -> {
            assertThat(move.from()).isEqualTo("start");
            assertThat(move.to()).isEqualTo("locked");
            assertThat(move.unreachable()).singleElement().satisfies(u -> {
                assertThat(u.skillId()).isEqualTo("z");
                assertThat(u.reason()).isEqualTo(UnreachableReason.NO_MODULE_TEACHES_LEVEL);
            });
        });
    }

    @Test
    void shouldAnswerTargetUnreachableWhenNoMovesLeadThere() {
        var answer = planner.between(career().build(), "start", "island", CareerOptions.defaults());

        assertThat(answer.routes()).isEmpty();
        assertThat(answer.reason()).isEqualTo(CareerRoutes.REASON_TARGET_UNREACHABLE);
        assertThat(answer.detail()).contains("inferred moves are off");
        assertThat(answer.blockedMoves()).isEmpty();
    }

    @Test
    void shouldAnswerSameRoleWithoutRoutes() {
        var answer = planner.between(career().build(), "top", "top", CareerOptions.defaults());

        assertThat(answer.routes()).isEmpty();
        assertThat(answer.reason()).isEqualTo(CareerRoutes.REASON_SAME_ROLE);
    }

    @Test
    void shouldRefuseUnknownRoles() {
        var snapshot = career().build();

        assertThatThrownBy(() -> planner.between(snapshot, "astronaut", "top", CareerOptions.defaults()))
                .isInstanceOf(UnknownTargetException.class)
                .hasMessageContaining("astronaut");
        assertThatThrownBy(() -> planner.between(snapshot, "start", "astronaut", CareerOptions.defaults()))
                .isInstanceOf(UnknownTargetException.class);
    }

    @Test
    void shouldPriceAPersonsFirstMoveWithTheirOwnLevels() {
        var person = LearnerState.of(Map.of("a", 3, "x", 3));

        var answer = planner.forPerson(career().build(), "p-1", person, "start", "top", CareerOptions.defaults());

        assertThat(roles(answer).get(0)).containsExactly("start", "mid", "top");
        var first = answer.routes().get(0).moves().get(0);
        assertThat(first.basis()).isEqualTo(CareerMove.PERSON);
        assertThat(first.hours()).isZero();
        assertThat(answer.routes().get(0).moves().get(1).basis()).isEqualTo(CareerMove.PROFILE);
        assertThat(answer.routes().get(0).totalHours()).isEqualTo(20.0);
        assertThat(answer.personId()).isEqualTo("p-1");
    }

    @Test
    void shouldOpenAMoveForAPersonWhoAlreadyHoldsWhatNoModuleTeaches() {
        var person = LearnerState.of(Map.of("a", 3, "z", 3));

        var answer = planner.forPerson(career().build(), "p-1", person, "start", "locked", CareerOptions.defaults());

        assertThat(roles(answer)).containsExactly(List.of("start", "locked"));
        assertThat(answer.routes().get(0).totalHours()).isZero();
    }

    @Test
    void shouldNotRepeatModulesAPersonCompletedOnTheFirstMove() {
        var person = new LearnerState(Map.of("a", 3), Set.of("m-c"));
        var snapshot =
                career().module(module("m-c2", 8)).teaches("m-c2", "c", 3).build();

        var answer = planner.forPerson(snapshot, "p-1", person, "start", "side", CareerOptions.defaults());

        var move = answer.routes().get(0).moves().get(0);
        assertThat(move.modules()).containsExactly("m-c2");
        assertThat(move.hours()).isEqualTo(8.0);
    }

    @Test
    void shouldExplainThatAPersonWithoutARoleHasNoStart() {
        var answer =
                planner.forPerson(career().build(), "p-1", LearnerState.empty(), null, "top", CareerOptions.defaults());

        assertThat(answer.routes()).isEmpty();
        assertThat(answer.reason()).isEqualTo(CareerRoutes.REASON_NO_CURRENT_ROLE);
        assertThat(answer.from()).isNull();
    }

    @Test
    void shouldInferMovesBetweenOverlappingProfilesOnlyWhenAsked() {
        var snapshot = career().build();

        var modelled = planner.between(snapshot, "start", "top", new CareerOptions(10, false, 0.5));
        var inferred = planner.between(snapshot, "start", "top", new CareerOptions(10, true, 0.5));

        assertThat(roles(modelled)).doesNotContain(List.of("start", "top"));
        assertThat(inferred.routes().get(0).totalHours()).isEqualTo(20.0);
        assertThat(inferred.routes()).anySatisfy(route -> {
            assertThat(route.roles()).containsExactly("start", "top");
            var move = route.moves().get(0);
            assertThat(move.inferred()).isTrue();
            assertThat(move.kind()).isEqualTo(CareerMove.INFERRED);
            assertThat(move.hours()).isEqualTo(20.0);
        });
        assertThat(inferred.inferredMoves()).isTrue();
    }

    @Test
    void shouldMeasureOverlapAsTheShareOfTheTargetProfileAlreadyCovered() {
        var snapshot = career().build();

        assertThat(ProfileOverlap.coverage(snapshot, "start", "top")).isEqualTo(0.5);
        assertThat(ProfileOverlap.coverage(snapshot, "side2", "top")).isEqualTo(1.0);
        assertThat(ProfileOverlap.coverage(snapshot, "top", "side2")).isEqualTo(6.0 / 9);
    }

    @Test
    void shouldPriceEachMoveOncePerSnapshotAndOnlyThoseLeadingToTheTarget() {
        var b = career().leadsTo("start", "elsewhere", "lateral");
        role(b, "elsewhere", Map.of("x", 3));
        var snapshot = b.build();
        planner.between(snapshot, "start", "top", CareerOptions.defaults());
        int priced = planner.pricedMoves(snapshot);

        planner.between(snapshot, "start", "top", CareerOptions.defaults());
        var other = career().module(module("m-b", 2)).build();
        var cheaper = planner.between(other, "start", "top", CareerOptions.defaults());

        assertThat(priced).as("start -> elsewhere leads nowhere near top").isEqualTo(7);
        assertThat(planner.pricedMoves(snapshot)).isEqualTo(priced);
        assertThat(cheaper.routes().get(1).totalHours())
                .as("a snapshot of the same version but other content has its own prices")
                .isEqualTo(52.0);
    }

    @Test
    void shouldRefuseOptionsOutOfRange() {
        assertThatThrownBy(() -> new CareerOptions(0, false, 0.7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CareerOptions(11, false, 0.7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CareerOptions(3, true, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new CareerOptions(3, true, 0.666666).minOverlap()).isEqualTo(0.67);
    }
}
