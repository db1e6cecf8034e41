package org.skillgraph.engine.coach;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DirectedWeightedMultigraph;

/**
 * Assigns coaches to learners so that the total score is maximal, exactly, as a minimum-cost flow (JGraphT's
 * capacity-scaling successive shortest paths). Feasible assignments are sets of pairs in which no coach
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

    /** Solves {@code problem}; an empty problem gives an empty solution. */
    public AssignmentSolution solve(AssignmentProblem problem) {
        var network = new Network();
        int supply = 0;
        var skillNodes = new HashMap<String, Integer>();
        for (var slot : problem.learners()) {
            int units = Math.min(slot.maxCoaches(), slot.skills().size());
            if (units == 0) {
                continue;
            }
            int learner = network.node();
            network.arc(Network.SOURCE, learner, units, 0);
            supply += units;
            for (var skill : slot.skills()) {
                int node = network.node();
                network.arc(learner, node, 1, 0);
                skillNodes.put(key(slot.learnerId(), skill), node);
            }
        }
        var coachNodes = new HashMap<String, Integer>();
        var pairArcs = new LinkedHashMap<AssignmentProblem.Option, Network.Arc>();
        var anchorArcs = new HashMap<AssignmentProblem.Option, Map<String, Network.Arc>>();
        for (var option : problem.options()) {
            int places = problem.capacities().getOrDefault(option.coachId(), 0);
            if (places <= 0
                    || !skillNodes.containsKey(
                            key(option.learnerId(), option.skills().get(0)))) {
                continue;
            }
            int coach = coachNodes.computeIfAbsent(option.coachId(), id -> {
                int node = network.node();
                network.arc(node, Network.SINK, places, 0);
                return node;
            });
            int pair = network.node();
            var anchors = new LinkedHashMap<String, Network.Arc>();
            for (var skill : option.skills()) {
                anchors.put(skill, network.arc(skillNodes.get(key(option.learnerId(), skill)), pair, 1, 0));
            }
            anchorArcs.put(option, anchors);
            pairArcs.put(option, network.arc(pair, coach, 1, -option.score()));
        }
        if (supply == 0 || pairArcs.isEmpty()) {
            return new AssignmentSolution(List.of(), 0);
        }
        network.arc(Network.SOURCE, Network.SINK, supply, 0);
        var flow = network.solve(supply);
        return assemble(pairArcs, anchorArcs, flow);
    }

    private static AssignmentSolution assemble(
            Map<AssignmentProblem.Option, Network.Arc> pairArcs,
            Map<AssignmentProblem.Option, Map<String, Network.Arc>> anchorArcs,
            Map<Network.Arc, Double> flow) {
        var chosen = new ArrayList<AssignmentProblem.Option>();
        var owner = new HashMap<String, AssignmentProblem.Option>();
        pairArcs.forEach((option, arc) -> {
            if (flow.getOrDefault(arc, 0.0) > 0.5) {
                chosen.add(option);
                anchorArcs.get(option).forEach((skill, anchor) -> {
                    if (flow.getOrDefault(anchor, 0.0) > 0.5) {
                        owner.put(key(option.learnerId(), skill), option);
                    }
                });
            }
        });
        for (var option : chosen) {
            option.skills().forEach(skill -> owner.putIfAbsent(key(option.learnerId(), skill), option));
        }
        var pairs = new ArrayList<AssignmentSolution.Choice>(chosen.size());
        long total = 0;
        for (var option : chosen) {
            var skills = option.skills().stream()
                    .filter(s -> owner.get(key(option.learnerId(), s)) == option)
                    .toList();
            pairs.add(new AssignmentSolution.Choice(option.learnerId(), option.coachId(), option.score(), skills));
            total += option.score();
        }
        return new AssignmentSolution(pairs, total);
    }

    private static String key(String learnerId, String skillId) {
        return learnerId + "\u0000" + skillId;
    }

    /** The flow network: int vertices, arcs with an integer capacity; JGraphT reads costs from edge weights. */
    private static final class Network {
        static final int SOURCE = 0;
        static final int SINK = 1;

        /** An arc; identity is what tells two parallel arcs apart. */
        static final class Arc {
            final int capacity;

            Arc(int capacity) {
                this.capacity = capacity;
            }
        }

        private final DirectedWeightedMultigraph<Integer, Arc> graph = new DirectedWeightedMultigraph<>(null, null);
        private int next;

        Network() {
            node();
            node();
        }

        int node() {
            graph.addVertex(next);
            return next++;
        }

        Arc arc(int from, int to, int capacity, double cost) {
            var arc = new Arc(capacity);
            graph.addEdge(from, to, arc);
            graph.setEdgeWeight(arc, cost);
            return arc;
        }

        Map<Arc, Double> solve(int supply) {
            var problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<Integer, Arc>(
                    graph, v -> v == SOURCE ? supply : v == SINK ? -supply : 0, a -> a.capacity);
            return new CapacityScalingMinimumCostFlow<Integer, Arc>()
                    .getMinimumCostFlow(problem)
                    .getFlowMap();
        }
    }
}
