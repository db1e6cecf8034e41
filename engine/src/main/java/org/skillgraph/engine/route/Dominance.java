package org.skillgraph.engine.route;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops candidates another candidate makes pointless: {@code b} dominates {@code a} when it needs no more on
 * entry ({@code pre(b) ⊆ pre(a)}), reaches at least as much ({@code eff(a) ⊆ eff(b)}) and costs no more
 * (optional-first, then hours). Swapping {@code a} for {@code b} in any route keeps it feasible and no
 * dearer, so some optimal route avoids every dominated candidate. Among identical candidates the first
 * (cheapest, then smallest id) stays.
 */
final class Dominance {

    private Dominance() {}

    /** The undominated candidates, ascending. */
    static int[] undominated(RouteProblem problem) {
        int n = problem.candidateCount();
        List<Integer> kept = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            boolean dominated = false;
            // A dominating module reaches everything a reaches: look among the achievers of a's rarest fact.
            int[] rivals = new int[0];
            for (int fact : problem.effFacts[a]) {
                if (rivals.length == 0 || problem.achievers[fact].length < rivals.length) {
                    rivals = problem.achievers[fact];
                }
            }
            for (int k = 0; k < rivals.length && !dominated; k++) {
                dominated = rivals[k] != a && dominates(problem, rivals[k], a);
            }
            if (!dominated) {
                kept.add(a);
            }
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean dominates(RouteProblem problem, int b, int a) {
        if (!Bits.containsAll(problem.pre[a], problem.pre[b]) || !Bits.containsAll(problem.eff[b], problem.eff[a])) {
            return false;
        }
        int byOptional = Boolean.compare(problem.optional[b], problem.optional[a]);
        if (byOptional != 0) {
            return byOptional < 0;
        }
        if (problem.hours[b] != problem.hours[a]) {
            return problem.hours[b] < problem.hours[a];
        }
        boolean identical =
                Bits.containsAll(problem.pre[b], problem.pre[a]) && Bits.containsAll(problem.eff[a], problem.eff[b]);
        return !identical || b < a;
    }
}
