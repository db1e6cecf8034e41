package org.skillgraph.engine.route;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * An admissible estimate of the hours still needed from a state.
 *
 * <p><b>Requirements.</b> Landmarks: the goal facts, plus every fact all achievers of a landmark need on
 * entry (prerequisites of gapped skills, entry levels common to every teacher), closed backwards. Each must be
 * reached by any route. Per skill only the highest landmark counts.
 *
 * <p><b>Bound.</b> {@code Σ over unmet requirements r of min over modules m reaching r of hours(m) / k(m)},
 * where {@code k(m)} is the number of unmet requirements m reaches. Admissible: a route M reaching all of
 * them can charge each requirement to one module of M reaching it; a module charged {@code j ≤ k(m)} times
 * contributes {@code j·hours(m)/k(m) ≤ hours(m)}, so the sum never exceeds hours(M). The largest single
 * {@code min hours(m)} is also a bound, and so is {@link LmCut}; the largest of the three is returned.
 */
final class LowerBound {

    private final RouteProblem problem;
    private final LmCut hoursCut;
    private final LmCut weightCut;
    private final int[] requirements;
    private final int[][] coverers;
    private final long[] requirementMask;
    private double atStart = Double.NaN;

    /** @param candidates the modules a route may use (dominated ones left out: some optimum avoids them) */
    LowerBound(RouteProblem problem, int[] candidates) {
        this.problem = problem;
        this.hoursCut = new LmCut(problem, candidates, problem.hours);
        boolean anyOptional = false;
        for (int c : candidates) {
            anyOptional |= problem.optional[c];
        }
        this.weightCut = anyOptional ? new LmCut(problem, candidates, problem.weights) : hoursCut;
        long[] landmarks = landmarks(problem);
        List<Integer> top = new ArrayList<>();
        for (int fact = 0; fact < problem.factCount(); fact++) {
            if (Bits.get(landmarks, fact) && !higherLandmark(landmarks, fact)) {
                top.add(fact);
            }
        }
        requirements = top.stream().mapToInt(Integer::intValue).toArray();
        requirementMask = Bits.empty(problem.words);
        coverers = new int[requirements.length][];
        for (int r = 0; r < requirements.length; r++) {
            Bits.set(requirementMask, requirements[r]);
            coverers[r] = problem.achievers[requirements[r]];
        }
    }

    /** The bound in hours over the whole problem (from the empty state), computed once. */
    double atStart() {
        if (Double.isNaN(atStart)) {
            atStart = hours(Bits.empty(problem.words));
        }
        return atStart;
    }

    /**
     * Whether {@code chosen} is proven optimal by the bound alone: no route uses fewer dispreferred optional
     * modules than none, nor fewer hours than {@link #atStart()}; otherwise its weighted cost must meet the
     * weighted bound. Within {@link Cost#EPSILON} relative to the hours, the tolerance of the exact search.
     */
    boolean proves(boolean[] chosen) {
        Cost cost = Cost.of(problem, chosen);
        if (cost.optional() == 0 && cost.hours() <= atStart() + tolerance(cost.hours())) {
            return true;
        }
        if (cost.optional() == 0 && weightCut == hoursCut) {
            return false; // no optional candidate: the weighted bound is the hours bound just compared
        }
        double weight = 0;
        for (int c = 0; c < chosen.length; c++) {
            weight += chosen[c] ? problem.weights[c] : 0;
        }
        return weight <= weighted(Bits.empty(problem.words)) + tolerance(weight);
    }

    private static double tolerance(double value) {
        return Cost.EPSILON * Math.max(1, value);
    }

    /** The bound in hours from {@code state}. */
    double hours(long[] state) {
        return Math.max(coveringBound(state), hoursCut.bound(state));
    }

    /** The covering bound of the class comment. */
    private double coveringBound(long[] state) {
        double[] perCovered = new double[problem.candidateCount()];
        for (int c = 0; c < perCovered.length; c++) {
            int covers = Bits.countAndNot(problem.eff[c], requirementMask, state);
            perCovered[c] = covers == 0 ? Double.POSITIVE_INFINITY : problem.hours[c] / covers;
        }
        double shared = 0;
        double single = 0;
        for (int r = 0; r < requirements.length; r++) {
            if (Bits.get(state, requirements[r])) {
                continue;
            }
            double cheapestShare = Double.POSITIVE_INFINITY;
            double cheapest = Double.POSITIVE_INFINITY;
            for (int c : coverers[r]) {
                cheapestShare = Math.min(cheapestShare, perCovered[c]);
                cheapest = Math.min(cheapest, problem.hours[c]);
            }
            if (cheapest == Double.POSITIVE_INFINITY) {
                continue;
            }
            shared += cheapestShare;
            single = Math.max(single, cheapest);
        }
        return Math.max(shared, single);
    }

    /**
     * The bound on the {@linkplain RouteProblem#weightedCost weighted cost} still needed from {@code state}:
     * LM-cut on the weights, and the hours bounds (weights are never below hours).
     */
    double weighted(long[] state) {
        double hours = coveringBound(state);
        return weightCut == hoursCut ? Math.max(hours, hoursCut.bound(state)) : Math.max(hours, weightCut.bound(state));
    }

    private boolean higherLandmark(long[] landmarks, int fact) {
        for (int next = fact + 1;
                next < problem.factCount() && problem.factSkill[next] == problem.factSkill[fact];
                next++) {
            if (Bits.get(landmarks, next)) {
                return true;
            }
        }
        return false;
    }

    /** Goal facts closed under "needed on entry by every achiever". */
    static long[] landmarks(RouteProblem problem) {
        long[] landmarks = problem.goal.clone();
        Deque<Integer> toVisit = new ArrayDeque<>();
        for (int fact = 0; fact < problem.factCount(); fact++) {
            if (Bits.get(landmarks, fact)) {
                toVisit.add(fact);
            }
        }
        while (!toVisit.isEmpty()) {
            int fact = toVisit.poll();
            long[] common = null;
            for (int c : problem.achievers[fact]) {
                if (common == null) {
                    common = problem.pre[c].clone();
                } else {
                    Bits.andInto(common, problem.pre[c]);
                }
            }
            for (int f = 0; common != null && f < problem.factCount(); f++) {
                if (Bits.get(common, f) && !Bits.get(landmarks, f)) {
                    Bits.set(landmarks, f);
                    toVisit.add(f);
                }
            }
        }
        return landmarks;
    }
}
