package org.skillgraph.engine.route;

import java.util.Arrays;

/**
 * The LM-cut bound (Helmert and Domshlak, 2009) on the cost still needed. The route problem is delete-free
 * planning, the setting LM-cut was made for; it is admissible and usually close to the optimum.
 *
 * <p>Repeatedly: compute h<sup>max</sup> of every fact under the current costs; let each module's
 * precondition choice be its entry fact of highest h<sup>max</sup>; the goal zone is every fact from which the
 * goal is reached through zero-cost modules; the cut is every module, reachable from the state outside the
 * goal zone, that reaches into it. Every route uses some module of every cut, so the cheapest cost in the cut
 * is added to the bound and subtracted from every module of the cut, until the goal costs nothing.
 *
 * <p>Keeps its buffers between calls: one instance per search, not thread-safe.
 */
final class LmCut {

    private static final int STATE = -1;

    private final RouteProblem problem;
    private final int[] candidates;
    private final double[] baseCost;
    private final int goalFact;
    private final int[] goalEntry;
    private final int[] goalReach;
    private final int[][] waiting;
    /** Per fact (the goal fact included), the actions reaching it. */
    private final int[][] producers;

    private final double[] cost;
    private final double[] hmax;
    private final double[] entryMax;
    private final int[] choice;
    private final int[] missing;
    private final boolean[] fired;
    private final boolean[] settled;
    private final boolean[] goalZone;
    private final boolean[] reached;
    private final boolean[] cut;
    private final int[] work;
    private final int[] chosenBy;
    private final int[] nextChosen;
    private final MinHeap queue = new MinHeap();

    /** @param costs per candidate of the problem (indexed like the problem, not like {@code candidates}) */
    LmCut(RouteProblem problem, int[] candidates, double[] costs) {
        this.problem = problem;
        this.candidates = candidates;
        int actions = candidates.length + 1;
        this.baseCost = new double[actions];
        for (int a = 0; a < candidates.length; a++) {
            baseCost[a] = costs[candidates[a]];
        }
        this.goalFact = problem.factCount();
        this.goalEntry = Incidence.members(problem.goal);
        this.goalReach = new int[] {goalFact};
        int[][] entries = new int[actions][];
        for (int a = 0; a < actions; a++) {
            entries[a] = entry(a);
        }
        this.waiting = Incidence.invert(entries, goalFact + 1);
        int[][] reach = new int[actions][];
        for (int a = 0; a < actions; a++) {
            reach[a] = reaches(a);
        }
        this.producers = Incidence.invert(reach, goalFact + 1);
        this.cost = new double[actions];
        this.hmax = new double[goalFact + 1];
        this.entryMax = new double[actions];
        this.choice = new int[actions];
        this.missing = new int[actions];
        this.fired = new boolean[actions];
        this.settled = new boolean[goalFact + 1];
        this.goalZone = new boolean[goalFact + 1];
        this.reached = new boolean[goalFact + 1];
        this.cut = new boolean[actions];
        this.work = new int[goalFact + 1];
        this.chosenBy = new int[goalFact + 1];
        this.nextChosen = new int[actions];
    }

    /** The bound from {@code state}; infinite when the goal cannot be reached. */
    double bound(long[] state) {
        System.arraycopy(baseCost, 0, cost, 0, cost.length);
        double bound = 0;
        while (true) {
            computeHmax(state);
            if (hmax[goalFact] == Double.POSITIVE_INFINITY) {
                return Double.POSITIVE_INFINITY;
            }
            if (hmax[goalFact] <= Cost.EPSILON) {
                return bound;
            }
            markGoalZone();
            markCut(state);
            double cheapest = Double.POSITIVE_INFINITY;
            for (int a = 0; a < cost.length; a++) {
                if (cut[a]) {
                    cheapest = Math.min(cheapest, cost[a]);
                }
            }
            if (cheapest == Double.POSITIVE_INFINITY || cheapest <= Cost.EPSILON) {
                return bound;
            }
            bound += cheapest;
            for (int a = 0; a < cost.length; a++) {
                if (cut[a]) {
                    cost[a] -= cheapest;
                }
            }
        }
    }

    /** The goal "action" is the last one: it needs the goal facts and reaches the artificial goal fact. */
    private int[] entry(int action) {
        return action == candidates.length ? goalEntry : problem.preTop[candidates[action]];
    }

    private int[] reaches(int action) {
        return action == candidates.length ? goalReach : problem.effFacts[candidates[action]];
    }

    /** Generalised Dijkstra: a module fires once all its entry facts are settled, at its cost plus the highest. */
    private void computeHmax(long[] state) {
        Arrays.fill(hmax, Double.POSITIVE_INFINITY);
        Arrays.fill(settled, false);
        Arrays.fill(choice, STATE);
        Arrays.fill(entryMax, 0);
        Arrays.fill(fired, false);
        queue.clear();
        for (int fact = 0; fact < goalFact; fact++) {
            if (Bits.get(state, fact)) {
                hmax[fact] = 0;
                queue.push(0, fact);
            }
        }
        for (int a = 0; a < cost.length; a++) {
            missing[a] = entry(a).length;
            if (missing[a] == 0) {
                fire(a);
            }
        }
        while (!queue.isEmpty()) {
            double key = queue.peekKey();
            int next = queue.pop();
            if (settled[next] || key > hmax[next]) {
                continue;
            }
            settled[next] = true;
            for (int a : waiting[next]) {
                // Facts settle in ascending h^max, so the last entry fact to settle has the highest.
                if (choice[a] == STATE || hmax[next] > entryMax[a]) {
                    entryMax[a] = hmax[next];
                    choice[a] = next;
                }
                if (--missing[a] == 0) {
                    fire(a);
                }
            }
        }
    }

    private void fire(int action) {
        fired[action] = true;
        double value = cost[action] + entryMax[action];
        for (int fact : reaches(action)) {
            if (value < hmax[fact]) {
                hmax[fact] = value;
                queue.push(value, fact);
            }
        }
    }

    /**
     * Facts from which the goal is reached through zero-cost modules, in the justification graph: walked
     * backwards from the goal, each zone fact adding the chosen entry fact of every fired zero-cost module
     * reaching it (a worklist, so each module is looked at once per fact it reaches).
     */
    private void markGoalZone() {
        Arrays.fill(goalZone, false);
        goalZone[goalFact] = true;
        int size = 0;
        work[size++] = goalFact;
        while (size > 0) {
            int fact = work[--size];
            for (int a : producers[fact]) {
                if (fired[a] && cost[a] <= Cost.EPSILON && choice[a] != STATE && !goalZone[choice[a]]) {
                    goalZone[choice[a]] = true;
                    work[size++] = choice[a];
                }
            }
        }
    }

    /**
     * Modules whose chosen entry fact is reachable from the state without entering the goal zone: walked
     * forwards from the state's facts (and the modules needing nothing), through the modules that chose each
     * fact reached, marking a module as cut when it reaches into the zone.
     */
    private void markCut(long[] state) {
        Arrays.fill(chosenBy, -1);
        for (int a = cost.length - 1; a >= 0; a--) {
            if (fired[a] && choice[a] != STATE) {
                nextChosen[a] = chosenBy[choice[a]];
                chosenBy[choice[a]] = a;
            }
        }
        Arrays.fill(cut, false);
        int size = 0;
        for (int fact = 0; fact < goalFact; fact++) {
            reached[fact] = Bits.get(state, fact);
            if (reached[fact]) {
                work[size++] = fact;
            }
        }
        reached[goalFact] = false;
        for (int a = 0; a < cost.length; a++) {
            if (fired[a] && choice[a] == STATE) {
                size = spread(a, size);
            }
        }
        while (size > 0) {
            int fact = work[--size];
            for (int a = chosenBy[fact]; a >= 0; a = nextChosen[a]) {
                size = spread(a, size);
            }
        }
    }

    /** Marks what {@code action} reaches: cut when into the goal zone, otherwise reached and queued. */
    private int spread(int action, int size) {
        int queued = size;
        for (int fact : reaches(action)) {
            if (goalZone[fact]) {
                cut[action] = true;
            } else if (!reached[fact]) {
                reached[fact] = true;
                work[queued++] = fact;
            }
        }
        return queued;
    }
}
