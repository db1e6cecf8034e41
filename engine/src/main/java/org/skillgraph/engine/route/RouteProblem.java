package org.skillgraph.engine.route;

import java.util.Map;

/**
 * A route problem as delete-free planning over facts "skill held at ≥ level" (only levels some condition or
 * target compares against; all are above the learner's start, so the start state is empty). Candidates are
 * numbered in order of hours, then module id, so every index tie-break prefers the cheaper module.
 *
 * <p>Fact sets are downward closed per skill: a state holding (s, 4) also holds (s, 2) when 2 is a fact.
 * Preconditions and effects are stored the same way, so applicability is one subset test.
 */
final class RouteProblem {

    final int words;
    final int[] factSkill;
    final int[] factLevel;
    final int[] modules;
    final double[] hours;
    /** Counts as optional in the objective: never set when the preferences treat optional modules as equal. */
    final boolean[] optional;

    final long[][] pre;
    /** The highest precondition fact per skill: the facts a module really asks for. */
    final int[][] preTop;

    final long[][] eff;
    /** The facts each candidate reaches, as a list. */
    final int[][] effFacts;
    /** Per fact, the candidates asking for it on entry (through {@link #preTop}). */
    final int[][] waiting;
    /** Per fact, the candidates reaching it. */
    final int[][] achievers;

    final long[] goal;
    private final Map<Long, Integer> factIds;
    /** {@link #weightedCost} per candidate. */
    final double[] weights;

    private final double optionalPenalty;

    RouteProblem(
            int[] factSkill,
            int[] factLevel,
            int[] modules,
            double[] hours,
            boolean[] optional,
            long[][] pre,
            int[][] preTop,
            long[][] eff,
            long[] goal,
            Map<Long, Integer> factIds) {
        this.words = goal.length;
        this.factSkill = factSkill;
        this.factLevel = factLevel;
        this.modules = modules;
        this.hours = hours;
        this.optional = optional;
        this.pre = pre;
        this.preTop = preTop;
        this.eff = eff;
        this.effFacts = new int[eff.length][];
        for (int c = 0; c < eff.length; c++) {
            effFacts[c] = Incidence.members(eff[c]);
        }
        this.waiting = Incidence.invert(preTop, factSkill.length);
        this.achievers = Incidence.invert(effFacts, factSkill.length);
        this.goal = goal;
        this.factIds = Map.copyOf(factIds);
        double total = 1;
        for (double h : hours) {
            total += h;
        }
        this.optionalPenalty = total;
        this.weights = new double[modules.length];
        for (int c = 0; c < modules.length; c++) {
            weights[c] = weightedCost(c);
        }
    }

    /** The fact "global {@code skill} at ≥ {@code level}", or -1 when the problem has no such fact. */
    int fact(int skill, int level) {
        return factIds.getOrDefault(key(skill, level), -1);
    }

    private static long key(int skill, int level) {
        return (long) skill << 3 | level;
    }

    int candidateCount() {
        return modules.length;
    }

    int factCount() {
        return factSkill.length;
    }

    boolean applicable(int candidate, long[] state) {
        return Bits.containsAll(state, pre[candidate]);
    }

    /** Whether applying {@code candidate} would reach a fact not yet held. */
    boolean useful(int candidate, long[] state) {
        return !Bits.containsAll(state, eff[candidate]);
    }

    /**
     * Hours plus, for a dispreferred optional module, a penalty above the hours of all candidates together.
     * Comparing routes by total weight is then exactly comparing (optional modules, hours) lexicographically:
     * one optional module fewer outweighs any difference in hours.
     */
    double weightedCost(int candidate) {
        return optional[candidate] ? hours[candidate] + optionalPenalty : hours[candidate];
    }
}
