package org.skillgraph.engine.route;

import java.util.ArrayList;
import java.util.List;

/**
 * Orders a feasible set of modules: the fixpoint again, choosing at each point among the applicable modules
 * first one that reaches a level another remaining module still waits for (so unlocking work comes early),
 * then the fewest hours, then the smallest id (candidate order).
 *
 * <p>"Still waits for" is the union of the entry facts of the remaining modules not yet applicable, built once
 * per pick: testing each applicable module against every waiting one made a route of a thousand steps take
 * seconds (cubic in its length), this is quadratic.
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
            long[] waitedFor = Bits.empty(problem.words);
            for (int c : remaining) {
                if (!problem.applicable(c, state)) {
                    Bits.orInto(waitedFor, problem.pre[c]);
                }
            }
            int pick = -1;
            for (int c : remaining) {
                if (problem.applicable(c, state)) {
                    if (pick < 0) {
                        pick = c;
                    }
                    if (Bits.intersectsAndNot(problem.eff[c], state, waitedFor)) {
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
}
