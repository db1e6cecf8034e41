package org.skillgraph.engine.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The min-cost-flow assignment against the brute-force {@link AssignmentOracle} on random small problems. */
class AssignmentSolverProperties {

    private final AssignmentSolver solver = new AssignmentSolver();

    @Provide
    Arbitrary<AssignmentProblem> problems() {
        return AssignmentArbitraries.problems();
    }

    @Property(tries = 1000, seed = "20261129")
    void shouldReachTheBruteForceOptimum(@ForAll("problems") AssignmentProblem problem) {
        var solution = solver.solve(problem);

        Statistics.label("pairs chosen").collect(solution.pairs().size());
        assertThat(solution.totalScore()).isEqualTo(AssignmentOracle.bestTotal(problem));
    }

    @Property(tries = 1000, seed = "20261129")
    void shouldRespectCapacitiesAndGiveEveryPairItsOwnSkills(@ForAll("problems") AssignmentProblem problem) {
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
