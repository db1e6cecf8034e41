package org.skillgraph.engine.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The min-cost-flow assignment against the brute-force {@link AssignmentOracle} on 1,000 random small
 * problems, one per seed (seeded JUnit cases: a failure names the seed that reproduces it).
 */
class AssignmentSolverProperties {

    private final AssignmentSolver solver = new AssignmentSolver();

    static LongStream seeds() {
        return RandomAssignments.seeds(1000);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldReachTheBruteForceOptimum(long seed) {
        var problem = RandomAssignments.problem(seed);

        var solution = solver.solve(problem);

        assertThat(solution.totalScore()).as("seed %d", seed).isEqualTo(AssignmentOracle.bestTotal(problem));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldRespectCapacitiesAndGiveEveryPairItsOwnSkills(long seed) {
        var problem = RandomAssignments.problem(seed);
        var solution = solver.solve(problem);

        var options = new HashMap<String, AssignmentProblem.Option>();
        problem.options().forEach(o -> options.put(o.learnerId() + "/" + o.coachId(), o));
        var perCoach = new HashMap<String, Integer>();
        var perLearner = new HashMap<String, Integer>();
        var skillsTaken = new HashSet<String>();
        long total = 0;
        for (var pair : solution.pairs()) {
            var option = options.get(pair.learnerId() + "/" + pair.coachId());
            assertThat(option).as("a chosen pair is an option").isNotNull();
            assertThat(pair.score()).isEqualTo(option.score());
            assertThat(pair.skills()).isNotEmpty().isSubsetOf(option.skills());
            pair.skills()
                    .forEach(s -> assertThat(skillsTaken.add(pair.learnerId() + "/" + s))
                            .as("one coach per gap skill")
                            .isTrue());
            perCoach.merge(pair.coachId(), 1, Integer::sum);
            perLearner.merge(pair.learnerId(), 1, Integer::sum);
            total += pair.score();
        }
        perCoach.forEach((coach, n) ->
                assertThat(n).isLessThanOrEqualTo(problem.capacities().get(coach)));
        problem.learners()
                .forEach(slot -> assertThat(perLearner.getOrDefault(slot.learnerId(), 0))
                        .isLessThanOrEqualTo(slot.maxCoaches()));
        assertThat(solution.totalScore()).isEqualTo(total);
    }
}
