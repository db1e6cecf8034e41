package org.skillgraph.engine.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillgraph.engine.budget.PlanningBudget;
import org.skillgraph.engine.snapshot.LearnerState;
import org.skillgraph.engine.testing.SeedNamedFailures;

/**
 * {@link PlanAssembler}'s indexed walks (which later steps a step unlocks, which targets a step reaches, which
 * candidates may replace a step) against the plain pairwise definitions they replaced, on random curricula of
 * every size class, learners starting from nothing and from random levels.
 */
@ExtendWith(SeedNamedFailures.class)
class PlanAssemblerProperties {

    static LongStream seeds() {
        return RandomCurricula.seeds(300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldExplainStepsAsThePairwiseDefinitionsDo(long seed) {
        for (RouteInstance instance :
                List.of(RandomCurricula.instance(seed, 10), RandomCurricula.medium(seed), RandomCurricula.wide(seed))) {
            for (LearnerState learner : List.of(instance.learner(), LearnerState.empty())) {
                check(instance, learner);
            }
        }
    }

    private static void check(RouteInstance instance, LearnerState learner) {
        var snapshot = instance.snapshot();
        var start = new LearnerLevels(snapshot, learner);
        var setup = RouteSetup.prepare(snapshot, start, instance.targetMap(), instance.preferences());
        var problem = setup.problem;
        int[] candidates = Dominance.undominated(problem);
        var meter = PlanningBudget.defaults().start();
        boolean[] chosen = new Heuristic(problem, candidates, RoutePlanner.IMPROVEMENT_BUDGET, meter).run();
        List<Integer> order = StepOrder.of(problem, chosen);
        var assembler = new PlanAssembler(
                snapshot, start, problem, PlanningBudget.defaults().start());

        List<RouteStep> steps = assembler.steps(chosen, order, setup.targets, (index, raised) -> {});

        assertThat(steps).extracting(RouteStep::unlocks).containsExactlyElementsOf(pairwiseUnlocks(problem, order));
        assertThat(assembler.targetReachedAt)
                .isEqualTo(pairwiseTargets(snapshot, start, setup.targets, order, problem));
        for (RouteStep step : steps) {
            String expected = firstFeasibleReplacement(problem, chosen, order.get(step.index()), snapshot);
            assertThat(step.alternative() == null ? null : step.alternative().moduleId())
                    .as("alternative of step %d", step.index())
                    .isEqualTo(expected);
        }
    }

    /** Step j is unlocked by step i < j when i newly reaches a fact j needs on entry. */
    private static List<List<Integer>> pairwiseUnlocks(RouteProblem problem, List<Integer> order) {
        List<long[]> newlyReached = new ArrayList<>();
        long[] state = Bits.empty(problem.words);
        for (int candidate : order) {
            newlyReached.add(Bits.andNot(problem.eff[candidate], state));
            Bits.orInto(state, problem.eff[candidate]);
        }
        List<List<Integer>> unlocks = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            List<Integer> mine = new ArrayList<>();
            for (int j = i + 1; j < order.size(); j++) {
                if (Bits.intersects(newlyReached.get(i), problem.pre[order.get(j)])) {
                    mine.add(j);
                }
            }
            unlocks.add(mine);
        }
        return unlocks;
    }

    /** After each step, every target whose skill's real level meets it, the first step that does. */
    private static Map<Integer, Integer> pairwiseTargets(
            org.skillgraph.engine.snapshot.CurriculumSnapshot snapshot,
            LearnerLevels start,
            List<int[]> targets,
            List<Integer> order,
            RouteProblem problem) {
        Map<Integer, Integer> levels = new HashMap<>();
        Map<Integer, Integer> reachedAt = new HashMap<>();
        var modules = snapshot.modules();
        for (int index = 0; index < order.size(); index++) {
            int module = problem.modules[order.get(index)];
            for (int k = 0; k < modules.teachesCount(module); k++) {
                int skill = modules.teachesSkill(module, k);
                levels.merge(skill, modules.teachesLevel(module, k), Math::max);
            }
            for (int[] target : targets) {
                int level = Math.max(levels.getOrDefault(target[0], 0), start.level(target[0]));
                if (!reachedAt.containsKey(target[0]) && level >= target[1]) {
                    reachedAt.put(target[0], index);
                }
            }
        }
        return reachedAt;
    }

    /** The cheapest unchosen candidate sharing a fact with {@code replaced} that keeps the set feasible. */
    private static String firstFeasibleReplacement(
            RouteProblem problem,
            boolean[] chosen,
            int replaced,
            org.skillgraph.engine.snapshot.CurriculumSnapshot snapshot) {
        var check = new FeasibilityCheck(problem);
        boolean[] trial = chosen.clone();
        trial[replaced] = false;
        int[] members = Incidence.members(chosen, 1);
        for (int c = 0; c < problem.candidateCount(); c++) {
            if (chosen[c] || !Bits.intersects(problem.eff[c], problem.eff[replaced])) {
                continue;
            }
            trial[c] = true;
            members[members.length - 1] = c;
            if (check.feasibleUsingAll(trial, members)) {
                return snapshot.modules().module(problem.modules[c]).id();
            }
            trial[c] = false;
        }
        return null;
    }
}
