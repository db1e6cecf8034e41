package org.skillgraph.engine.route;

import java.util.Arrays;

/**
 * Builds a feasible route greedily. Each round prices every fact from the current state with additive costs
 * (the cheapest module reaching it plus the prices of what that module needs on entry; its "best supporter"
 * is remembered), then takes the candidate with the lowest price per unmet landmark it reaches, price
 * including what it needs on entry, and backward-chains: first the best supporters of its unmet entry facts
 * (recursively), then the candidate itself. Dispreferred optional modules are priced with a penalty larger
 * than every candidate together.
 */
final class GreedyConstruction {

    private final RouteProblem problem;
    private final int[] candidates;
    private final long[] landmarks;
    private final boolean[] isCandidate;
    private final int[] missing;
    private final double[] entrySum;
    private final boolean[] settled;
    private final MinHeap queue = new MinHeap();
    private long evaluations;

    GreedyConstruction(RouteProblem problem, int[] candidates, long[] landmarks) {
        this.problem = problem;
        this.candidates = candidates;
        this.landmarks = landmarks;
        this.isCandidate = new boolean[problem.candidateCount()];
        for (int c : candidates) {
            isCandidate[c] = true;
        }
        this.missing = new int[problem.candidateCount()];
        this.entrySum = new double[problem.candidateCount()];
        this.settled = new boolean[problem.factCount()];
    }

    long evaluations() {
        return evaluations;
    }

    /**
     * Completes {@code seed} (modules that never apply are dropped first) into a feasible set, never using
     * {@code banned} (-1 for none). Returns {@code null} when that is impossible.
     */
    boolean[] complete(boolean[] seed, int banned) {
        Fixpoint fixpoint = Fixpoint.of(problem, seed);
        boolean[] chosen = new boolean[problem.candidateCount()];
        fixpoint.applied.forEach(c -> chosen[c] = true);
        long[] state = fixpoint.state;
        while (!Bits.containsAll(state, problem.goal)) {
            double[] price = new double[problem.factCount()];
            int[] supporter = new int[problem.factCount()];
            price(state, chosen, banned, price, supporter);
            int pick = -1;
            double bestRatio = Double.POSITIVE_INFINITY;
            for (int c : candidates) {
                if (chosen[c] || c == banned) {
                    continue;
                }
                evaluations++;
                int gain = Bits.countAndNot(problem.eff[c], landmarks, state);
                double entry = entryPrice(c, state, price);
                double ratio = (problem.weights[c] + entry) / gain;
                if (gain > 0 && ratio < bestRatio) {
                    bestRatio = ratio;
                    pick = c;
                }
            }
            if (pick < 0 || !realize(pick, state, chosen, supporter)) {
                return null;
            }
        }
        return chosen;
    }

    /**
     * Additive fact prices from {@code state} (0 when held), with the module achieving each cheapest: a
     * generalised Dijkstra where a module fires once its entry facts are all priced, at its weight plus their
     * sum. Weights are positive, so prices settle in ascending order.
     */
    private void price(long[] state, boolean[] chosen, int banned, double[] price, int[] supporter) {
        Arrays.fill(price, Double.POSITIVE_INFINITY);
        Arrays.fill(supporter, -1);
        Arrays.fill(settled, false);
        queue.clear();
        for (int fact = 0; fact < price.length; fact++) {
            if (Bits.get(state, fact)) {
                price[fact] = 0;
                settled[fact] = true;
            }
        }
        for (int c : candidates) {
            if (chosen[c] || c == banned) {
                continue;
            }
            missing[c] = 0;
            entrySum[c] = 0;
            for (int fact : problem.preTop[c]) {
                missing[c] += settled[fact] ? 0 : 1;
            }
            if (missing[c] == 0) {
                fire(c, price, supporter);
            }
        }
        while (!queue.isEmpty()) {
            double key = queue.peekKey();
            int fact = queue.pop();
            if (settled[fact] || key > price[fact]) {
                continue;
            }
            settled[fact] = true;
            for (int c : problem.waiting[fact]) {
                if (isCandidate[c] && !chosen[c] && c != banned) {
                    entrySum[c] += price[fact];
                    if (--missing[c] == 0) {
                        fire(c, price, supporter);
                    }
                }
            }
        }
    }

    private void fire(int candidate, double[] price, int[] supporter) {
        double reached = problem.weights[candidate] + entrySum[candidate];
        for (int fact : problem.effFacts[candidate]) {
            if (!settled[fact] && reached < price[fact] - Cost.EPSILON) {
                price[fact] = reached;
                supporter[fact] = candidate;
                queue.push(reached, fact);
            }
        }
    }

    private double entryPrice(int candidate, long[] state, double[] price) {
        double entry = 0;
        for (int fact : problem.preTop[candidate]) {
            entry += Bits.get(state, fact) ? 0 : price[fact];
        }
        return entry;
    }

    /** Applies the supporters of {@code candidate}'s unmet entry facts, then {@code candidate}. */
    private boolean realize(int candidate, long[] state, boolean[] chosen, int[] supporter) {
        for (int fact : problem.preTop[candidate]) {
            if (!Bits.get(state, fact)) {
                int support = supporter[fact];
                if (support < 0 || chosen[support] || !realize(support, state, chosen, supporter)) {
                    return false;
                }
            }
        }
        if (!problem.applicable(candidate, state)) {
            return false;
        }
        chosen[candidate] = true;
        Bits.orInto(state, problem.eff[candidate]);
        return true;
    }
}
