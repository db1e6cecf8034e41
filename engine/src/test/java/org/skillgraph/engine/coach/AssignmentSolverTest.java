package org.skillgraph.engine.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssignmentSolverTest {

    private final AssignmentSolver solver = new AssignmentSolver();

    @Test
    void shouldGiveUpTheBestSinglePairWhenThatServesMoreLearners() {
        // Greedy gives c1 to l1 (10) and leaves l2 without a coach; the optimum is 9 + 8.
        var problem = new AssignmentProblem(
                List.of(slot("l1", 1, "sql"), slot("l2", 1, "sql")),
                List.of(option("l1", "c1", 10, "sql"), option("l1", "c2", 9, "sql"), option("l2", "c1", 8, "sql")),
                Map.of("c1", 1, "c2", 1));

        var solution = solver.solve(problem);

        assertThat(solution.totalScore()).isEqualTo(17);
        assertThat(solution.pairs())
                .extracting(p -> p.learnerId() + "→" + p.coachId())
                .containsExactlyInAnyOrder("l1→c2", "l2→c1");
    }

    @Test
    void shouldGiveALearnerAtMostOneCoachPerGapSkill() {
        var problem = new AssignmentProblem(
                List.of(slot("l1", 3, "sql")),
                List.of(option("l1", "c1", 10, "sql"), option("l1", "c2", 9, "sql")),
                Map.of("c1", 1, "c2", 1));

        var solution = solver.solve(problem);

        assertThat(solution.pairs()).singleElement().satisfies(p -> {
            assertThat(p.coachId()).isEqualTo("c1");
            assertThat(p.skills()).containsExactly("sql");
        });
    }

    @Test
    void shouldShareOutSkillsSoThatEachGoesToOneCoach() {
        var problem = new AssignmentProblem(
                List.of(slot("l1", 2, "sql", "tuning")),
                List.of(option("l1", "c1", 10, "sql", "tuning"), option("l1", "c2", 9, "sql")),
                Map.of("c1", 1, "c2", 1));

        var solution = solver.solve(problem);

        assertThat(solution.totalScore()).isEqualTo(19);
        assertThat(solution.pairs())
                .extracting(p -> p.coachId() + ":" + p.skills())
                .containsExactlyInAnyOrder("c1:[tuning]", "c2:[sql]");
    }

    @Test
    void shouldKeepWithinTheLearnersMaximumAndTheCoachesPlaces() {
        var problem = new AssignmentProblem(
                List.of(slot("l1", 1, "a", "b"), slot("l2", 2, "a", "b")),
                List.of(
                        option("l1", "c1", 5, "a"),
                        option("l1", "c2", 5, "b"),
                        option("l2", "c1", 4, "a"),
                        option("l2", "c2", 4, "b")),
                Map.of("c1", 1, "c2", 2));

        var solution = solver.solve(problem);

        // l1 may have one coach; c1 has one place: l1 takes c2 so that l2 can have both coaches.
        assertThat(solution.totalScore()).isEqualTo(5 + 4 + 4);
        assertThat(solution.pairs())
                .extracting(p -> p.learnerId() + "→" + p.coachId())
                .containsExactlyInAnyOrder("l1→c2", "l2→c1", "l2→c2");
    }

    @Test
    void shouldAnswerNothingWhenNobodyHasPlaces() {
        var problem = new AssignmentProblem(
                List.of(slot("l1", 1, "sql")), List.of(option("l1", "c1", 10, "sql")), Map.of("c1", 0));

        assertThat(solver.solve(problem).pairs()).isEmpty();
        assertThat(solver.solve(new AssignmentProblem(List.of(), List.of(), Map.of()))
                        .totalScore())
                .isZero();
    }

    @Test
    void shouldRejectOptionsForSkillsTheLearnerDoesNotSeek() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AssignmentProblem(
                        List.of(slot("l1", 1, "sql")), List.of(option("l1", "c1", 1, "java")), Map.of("c1", 1)))
                .withMessageContaining("does not seek");
    }

    private static AssignmentProblem.Slot slot(String learner, int maxCoaches, String... skills) {
        return new AssignmentProblem.Slot(learner, List.of(skills), maxCoaches);
    }

    private static AssignmentProblem.Option option(String learner, String coach, long score, String... skills) {
        return new AssignmentProblem.Option(learner, coach, score, List.of(skills));
    }
}
