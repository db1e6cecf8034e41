package org.skillgraph.engine.coach;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Assigns coaches to learners so that the total score is maximal, exactly, as a minimum-cost flow (OR-Tools'
 * {@code MinCostFlow}, a cost-scaling push-relabel solver in native code: JGraphT's capacity scaling took 26 s
 * on the 1,000-learner benchmark cohort, where every option arc has a negative cost). Feasible assignments are sets of pairs in which no coach
 * exceeds their free places, no learner exceeds their number of coaches, and each pair can be given its own
 * gap skill of the learner's (so every learner has at most one coach per gap skill). The network:
 *
 * <pre>
 * source ─(maxCoaches)→ learner ─(1)→ (learner, skill) ─(1)→ (learner, coach) ─(1, cost −score)→ coach ─(places)→ sink
 * source ─(all supply, cost 0)→ sink                     (the units nobody is assigned to)
 * </pre>
 *
 * One unit of flow is one pair; its (learner, skill) arc is the skill the pair is anchored on, and the
 * (learner, coach) node lets a coach be chosen once per learner. Capacities are integers, so an optimal flow
 * is integral; a set of pairs is feasible exactly when such a flow exists (the anchors are a system of
 * distinct representatives), so the flow optimum is the assignment optimum. Other gap skills a chosen coach
 * covers are then shared out: a skill no pair is anchored on goes to the learner's first chosen coach (in
 * option order) who covers it. Stateless and thread-safe.
 */
public final class AssignmentSolver {

    static {
        Loader.loadNativeLibraries();
    }

    private static final int SOURCE = 0;
    private static final int SINK = 1;

    /** Solves {@code problem}; an empty problem gives an empty solution. */
    public AssignmentSolution solve(AssignmentProblem problem) {
        var flow = new MinCostFlow();
        try {
            return solve(problem, flow);
        } finally {
            flow.delete();
        }
    }

    private static AssignmentSolution solve(AssignmentProblem problem, MinCostFlow flow) {
        int nodes = 2;
        int supply = 0;
        var skillNodes = new HashMap<String, Integer>();
        for (var slot : problem.learners()) {
            int units = Math.min(slot.maxCoaches(), slot.skills().size());
            if (units == 0) {
                continue;
            }
            int learner = nodes++;
            flow.addArcWithCapacityAndUnitCost(SOURCE, learner, units, 0);
            supply += units;
            for (var skill : slot.skills()) {
                int node = nodes++;
                flow.addArcWithCapacityAndUnitCost(learner, node, 1, 0);
                skillNodes.put(key(slot.learnerId(), skill), node);
            }
        }
        var options = problem.options();
        var coachNodes = new HashMap<String, Integer>();
        int[] pairArcs = new int[options.size()];
        int[][] anchorArcs = new int[options.size()][];
        boolean any = false;
        for (int i = 0; i < options.size(); i++) {
            var option = options.get(i);
            pairArcs[i] = -1;
            int places = problem.capacities().getOrDefault(option.coachId(), 0);
            if (places <= 0
                    || !skillNodes.containsKey(
                            key(option.learnerId(), option.skills().get(0)))) {
                continue;
            }
            var coach = coachNodes.get(option.coachId());
            if (coach == null) {
                coach = nodes++;
                coachNodes.put(option.coachId(), coach);
                flow.addArcWithCapacityAndUnitCost(coach, SINK, places, 0);
            }
            int pair = nodes++;
            anchorArcs[i] = new int[option.skills().size()];
            for (int s = 0; s < anchorArcs[i].length; s++) {
                int from =
                        skillNodes.get(key(option.learnerId(), option.skills().get(s)));
                anchorArcs[i][s] = flow.addArcWithCapacityAndUnitCost(from, pair, 1, 0);
            }
            pairArcs[i] = flow.addArcWithCapacityAndUnitCost(pair, coach, 1, -option.score());
            any = true;
        }
        if (supply == 0 || !any) {
            return new AssignmentSolution(List.of(), 0);
        }
        // The units nobody is assigned to: a zero-cost bypass, so every instance is feasible.
        flow.addArcWithCapacityAndUnitCost(SOURCE, SINK, supply, 0);
        flow.setNodeSupply(SOURCE, supply);
        flow.setNodeSupply(SINK, -supply);
        var status = flow.solve();
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("minimum-cost flow ended " + status);
        }
        return assemble(options, pairArcs, anchorArcs, flow);
    }

    private static AssignmentSolution assemble(
            List<AssignmentProblem.Option> options, int[] pairArcs, int[][] anchorArcs, MinCostFlow flow) {
        var chosen = new ArrayList<Integer>();
        var owner = new HashMap<String, Integer>();
        for (int i = 0; i < options.size(); i++) {
            if (pairArcs[i] < 0 || flow.getFlow(pairArcs[i]) == 0) {
                continue;
            }
            chosen.add(i);
            var option = options.get(i);
            for (int s = 0; s < anchorArcs[i].length; s++) {
                if (flow.getFlow(anchorArcs[i][s]) > 0) {
                    owner.put(key(option.learnerId(), option.skills().get(s)), i);
                }
            }
        }
        for (int i : chosen) {
            var option = options.get(i);
            option.skills().forEach(skill -> owner.putIfAbsent(key(option.learnerId(), skill), i));
        }
        var pairs = new ArrayList<AssignmentSolution.Choice>(chosen.size());
        long total = 0;
        for (int i : chosen) {
            var option = options.get(i);
            var skills = option.skills().stream()
                    .filter(s -> owner.get(key(option.learnerId(), s)) == i)
                    .toList();
            pairs.add(new AssignmentSolution.Choice(option.learnerId(), option.coachId(), option.score(), skills));
            total += option.score();
        }
        return new AssignmentSolution(pairs, total);
    }

    private static String key(String learnerId, String skillId) {
        return learnerId + "\u0000" + skillId;
    }
}
