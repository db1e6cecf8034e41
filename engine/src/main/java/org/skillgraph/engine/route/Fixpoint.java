package org.skillgraph.engine.route;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies a set of modules greedily: any module whose conditions hold is applied, until none is left or none
 * applies. Conditions only relax as levels rise, so this applies every module of the set that any order
 * could apply: a set is feasible exactly when its fixpoint applies all of it and reaches the goal.
 *
 * <p>Event-driven: each module counts its entry facts still missing and becomes ready at zero, so a walk costs
 * the size of the conditions and effects involved, not passes over the set.
 */
final class Fixpoint {

    final long[] state;
    final List<Integer> applied;

    private Fixpoint(long[] state, List<Integer> applied) {
        this.state = state;
        this.applied = applied;
    }

    /** The fixpoint of the candidates marked in {@code chosen}, starting from {@code from}. */
    static Fixpoint of(RouteProblem problem, boolean[] chosen, long[] from) {
        long[] state = from.clone();
        int[] missing = new int[chosen.length];
        int[] ready = new int[chosen.length];
        int readyCount = 0;
        for (int c = 0; c < chosen.length; c++) {
            if (chosen[c]) {
                for (int fact : problem.preTop[c]) {
                    missing[c] += Bits.get(state, fact) ? 0 : 1;
                }
                if (missing[c] == 0) {
                    ready[readyCount++] = c;
                }
            }
        }
        List<Integer> applied = new ArrayList<>();
        for (int next = 0; next < readyCount; next++) {
            int candidate = ready[next];
            applied.add(candidate);
            for (int fact : problem.effFacts[candidate]) {
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
        return new Fixpoint(state, applied);
    }

    /** The fixpoint of {@code chosen} from the empty state. */
    static Fixpoint of(RouteProblem problem, boolean[] chosen) {
        return of(problem, chosen, Bits.empty(problem.words));
    }
}
