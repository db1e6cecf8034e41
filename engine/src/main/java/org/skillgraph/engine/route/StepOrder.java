package org.skillgraph.engine.route;

import java.util.ArrayList;
import java.util.List;

/**
 * Orders a feasible set of modules: the fixpoint again, choosing at each point among the applicable modules
 * first one that reaches a level another remaining module still waits for (so unlocking work comes early),
 * then the fewest hours, then the smallest id (candidate order).
 */
final class StepOrder {

    private StepOrder() {}

    static List<Integer> of(RouteProblem problem, boolean[] chosen) {
        List<Integer> remaining = new ArrayList<>();
        for (int c = 0; c < chosen.length; c++) {
            if (chosen[c]) {
                remaining.add(c);
            }
        }
        long[] state = Bits.empty(problem.words);
        List<Integer> order = new ArrayList<>(remaining.size());
        while (!remaining.isEmpty()) {
            int pick = -1;
            for (int c : remaining) {
                if (problem.applicable(c, state)) {
                    if (pick < 0) {
                        pick = c;
                    }
                    if (unlocksAnother(problem, c, state, remaining)) {
                        pick = c;
                        break;
                    }
                }
            }
            if (pick < 0) {
                break;
            }
            remaining.remove(Integer.valueOf(pick));
            order.add(pick);
            Bits.orInto(state, problem.eff[pick]);
        }
        return order;
    }

    private static boolean unlocksAnother(RouteProblem problem, int candidate, long[] state, List<Integer> remaining) {
        long[] reachesNew = Bits.andNot(problem.eff[candidate], state);
        for (int other : remaining) {
            if (other != candidate
                    && !problem.applicable(other, state)
                    && Bits.intersects(reachesNew, problem.pre[other])) {
                return true;
            }
        }
        return false;
    }
}
