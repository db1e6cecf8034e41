package org.skillgraph.engine.route;

import java.util.Arrays;

/**
 * The {@link Fixpoint} feasibility test with reusable buffers, walking only the chosen modules: local
 * improvement runs it thousands of times per route. Not thread-safe; one per search.
 */
final class FeasibilityCheck {

    private final RouteProblem problem;
    private final int[] missing;
    private final int[] ready;
    private final long[] state;

    FeasibilityCheck(RouteProblem problem) {
        this.problem = problem;
        this.missing = new int[problem.candidateCount()];
        this.ready = new int[problem.candidateCount()];
        this.state = new long[problem.words];
    }

    /**
     * Whether the members of {@code chosen} (those of {@code members} still marked) reach the goal.
     *
     * @param members a superset of the marked candidates
     */
    boolean feasible(boolean[] chosen, int[] members) {
        return applied(chosen, members) >= 0;
    }

    /**
     * Whether the marked members reach the goal and every one of them can start along the way: a
     * replacement for one step must leave the rest of the route executable, not just the goal reachable.
     */
    boolean feasibleUsingAll(boolean[] chosen, int[] members) {
        int marked = 0;
        for (int c : members) {
            if (chosen[c]) {
                marked++;
            }
        }
        return applied(chosen, members) == marked;
    }

    /** Runs the fixpoint; the number of modules applied, or -1 when the goal is not reached. */
    private int applied(boolean[] chosen, int[] members) {
        Arrays.fill(state, 0);
        int readyCount = 0;
        for (int c : members) {
            if (chosen[c]) {
                missing[c] = problem.preTop[c].length;
                if (missing[c] == 0) {
                    ready[readyCount++] = c;
                }
            }
        }
        for (int next = 0; next < readyCount; next++) {
            for (int fact : problem.effFacts[ready[next]]) {
                if (Bits.get(state, fact)) {
                    continue;
                }
                Bits.set(state, fact);
                for (int waiter : problem.waiting[fact]) {
                    if (chosen[waiter] && --missing[waiter] == 0) {
                        ready[readyCount++] = waiter;
                    }
                }
            }
        }
        return Bits.containsAll(state, problem.goal) ? readyCount : -1;
    }
}
