package org.skillgraph.engine.route;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import org.skillgraph.engine.budget.BudgetMeter;

/**
 * Branch and bound as A* over fact states. A state is the set of facts reached, whatever the order that
 * reached it (application commutes: levels take maxima), so states are memoised with their cheapest cost.
 * Successors apply one candidate that is applicable and reaches a new fact. Costs are the
 * {@linkplain RouteProblem#weightedCost weighted costs}, whose order is exactly the lexicographic order of
 * {@link Cost}; with the admissible {@link LowerBound#weighted} the first goal state taken from the queue is
 * optimal.
 *
 * <p>An incumbent route (the heuristic's) bounds the search: a node whose estimate is not below it cannot lead
 * to anything better and is never queued. When the queue empties the incumbent is proven optimal; often the
 * root estimate already equals it and nothing is expanded at all.
 */
final class ExactSearch {

    /** The optimal set, or {@code null} when the budget ran out; {@code expanded} counts either way. */
    record Result(boolean[] chosen, long expanded) {}

    private static final class Node {
        final long[] state;
        final double cost;
        final double remaining;
        final Node parent;
        final int candidate;
        final long sequence;

        Node(long[] state, double cost, double remaining, Node parent, int candidate, long sequence) {
            this.state = state;
            this.cost = cost;
            this.remaining = remaining;
            this.parent = parent;
            this.candidate = candidate;
            this.sequence = sequence;
        }

        double estimate() {
            return cost + remaining;
        }
    }

    /** Lowest estimate first; among equals the deepest (most spent), which finds goals sooner; then FIFO. */
    private static final Comparator<Node> BEST_FIRST = Comparator.comparingDouble(Node::estimate)
            .thenComparing(Comparator.comparingDouble((Node n) -> n.cost).reversed())
            .thenComparingLong(n -> n.sequence);

    private final RouteProblem problem;
    private final int[] candidates;
    private final LowerBound bound;

    ExactSearch(RouteProblem problem, int[] candidates, LowerBound bound) {
        this.problem = problem;
        this.candidates = candidates;
        this.bound = bound;
    }

    /** The cheapest route, {@code incumbent} itself when nothing beats it. */
    Result run(boolean[] incumbent, BudgetMeter meter) {
        double ceiling = 0;
        for (int c = 0; c < incumbent.length; c++) {
            ceiling += incumbent[c] ? problem.weights[c] : 0;
        }
        double below = ceiling - Cost.EPSILON * Math.max(1, ceiling);
        PriorityQueue<Node> open = new PriorityQueue<>(BEST_FIRST);
        Map<FactState, Node> best = new HashMap<>();
        long[] start = Bits.empty(problem.words);
        Node root = new Node(start, 0, bound.weighted(start), null, -1, 0);
        if (root.estimate() < below) {
            open.add(root);
            best.put(new FactState(start), root);
        }
        long sequence = 1;
        long expanded = 0;
        while (!open.isEmpty()) {
            Node node = open.poll();
            if (best.get(new FactState(node.state)) != node) {
                continue;
            }
            if (Bits.containsAll(node.state, problem.goal)) {
                return new Result(chosen(node), expanded);
            }
            if (!meter.expandNode()) {
                return new Result(null, expanded);
            }
            expanded++;
            for (int c : candidates) {
                if (!problem.applicable(c, node.state) || !problem.useful(c, node.state)) {
                    continue;
                }
                long[] next = Bits.union(node.state, problem.eff[c]);
                double cost = node.cost + problem.weights[c];
                FactState key = new FactState(next);
                Node known = best.get(key);
                if (known != null && known.cost <= cost + Cost.EPSILON) {
                    continue;
                }
                double remaining = known != null ? known.remaining : bound.weighted(next);
                if (cost + remaining < below) {
                    Node child = new Node(next, cost, remaining, node, c, sequence++);
                    best.put(key, child);
                    open.add(child);
                }
            }
        }
        return new Result(incumbent.clone(), expanded);
    }

    private boolean[] chosen(Node goal) {
        boolean[] chosen = new boolean[problem.candidateCount()];
        for (Node node = goal; node.parent != null; node = node.parent) {
            chosen[node.candidate] = true;
        }
        return chosen;
    }
}
