package org.skillgraph.engine.coach;

import java.util.List;

/** Distances in the reporting tree, from each person's chain of managers (self first, top last). */
final class OrgDistance {

    /** Returned when two people are in different reporting trees. */
    static final int UNRELATED = -1;

    private OrgDistance() {}

    /**
     * Steps over {@code REPORTS_TO} between two people: up from one to the closest shared manager and down
     * to the other; {@link #UNRELATED} when they share no manager.
     */
    static int between(List<String> chainA, List<String> chainB) {
        int a = chainA.size() - 1;
        int b = chainB.size() - 1;
        if (a < 0 || b < 0 || !chainA.get(a).equals(chainB.get(b))) {
            return UNRELATED;
        }
        // Walk down from the shared top while the chains agree: what remains on each side is the distance.
        while (a > 0 && b > 0 && chainA.get(a - 1).equals(chainB.get(b - 1))) {
            a--;
            b--;
        }
        return a + b;
    }

    /** Whether one of the two manages the other, directly or through others. */
    static boolean inLine(List<String> chainA, List<String> chainB) {
        return chainA.contains(chainB.get(0)) || chainB.contains(chainA.get(0));
    }
}
