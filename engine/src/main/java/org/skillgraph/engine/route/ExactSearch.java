package org.skillgraph.engine.route;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * A* over fact states. A state is the set of facts reached, whatever the order that reached it (application
 * commutes: levels take maxima), so states are memoised with their cheapest cost. Successors apply one
 * candidate that is applicable and reaches a new fact. With the admissible {@link LowerBound} (and "at least
 * one more optional module" when only optional modules reach an unmet requirement) the first goal state taken
 * from the queue is optimal for the objective of {@link Cost}.
 */
final class ExactSearch {

    /** The optimal set, or {@code null} when the node budget ran out; {@code expanded} counts either way. */
    record Result(boolean[] chosen, long expanded) {}

    private static final class Node {
        final long[] state;
        final Cost cost;
        final Cost estimate;
        final Node parent;
        final int candidate;
        final long sequence;

        Node(long[] state, Cost cost, Cost estimate, Node parent, int candidate, long sequence) {
            this.state = state;
            this.cost = cost;
            this.estimate = estimate;
            this.parent = parent;
            this.candidate = candidate;
            this.sequence = sequence;
        }
    }

    private static final Comparator<Node> BEST_FIRST = Comparator.comparing((Node n) -> n.estimate)
            .thenComparing(
                    Comparator.comparingDouble((Node n) -> n.cost.hours()).reversed())
            .thenComparingLong(n -> n.sequence);

    private ExactSearch() {}

    static Result run(RouteProblem problem, int[] candidates, LowerBound bound, long nodeBudget) {
        PriorityQueue<Node> open = new PriorityQueue<>(BEST_FIRST);
        Map<FactState, Node> best = new HashMap<>();
        long[] start = Bits.empty(problem.words);
        Node root = new Node(start, Cost.ZERO, estimate(problem, bound, start, Cost.ZERO), null, -1, 0);
        open.add(root);
        best.put(new FactState(start), root);
        long sequence = 1;
        long expanded = 0;
        while (!open.isEmpty()) {
            Node node = open.poll();
            if (best.get(new FactState(node.state)) != node) {
                continue;
            }
            if (Bits.containsAll(node.state, problem.goal)) {
                return new Result(chosen(problem, node), expanded);
            }
            if (++expanded > nodeBudget) {
                return new Result(null, expanded);
            }
            for (int c : candidates) {
                if (!problem.applicable(c, node.state) || !problem.useful(c, node.state)) {
                    continue;
                }
                long[] next = Bits.union(node.state, problem.eff[c]);
                Cost cost = node.cost.plus(problem, c);
                FactState key = new FactState(next);
                Node known = best.get(key);
                if (known != null && known.cost.compareTo(cost) <= 0) {
                    continue;
                }
                Node child = new Node(next, cost, estimate(problem, bound, next, cost), node, c, sequence++);
                best.put(key, child);
                open.add(child);
            }
        }
        return new Result(null, expanded);
    }

    private static Cost estimate(RouteProblem problem, LowerBound bound, long[] state, Cost cost) {
        int optional = bound.needsOptional(state) ? 1 : 0;
        return new Cost(cost.optional() + optional, cost.hours() + bound.hours(state));
    }

    private static boolean[] chosen(RouteProblem problem, Node goal) {
        boolean[] chosen = new boolean[problem.candidateCount()];
        for (Node node = goal; node.parent != null; node = node.parent) {
            chosen[node.candidate] = true;
        }
        return chosen;
    }
}
