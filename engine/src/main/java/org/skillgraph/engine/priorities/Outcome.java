package org.skillgraph.engine.priorities;

import java.util.List;
import java.util.Map;

/**
 * Where a member stands against their role: the route's hours, what cannot be reached, the essential gaps.
 *
 * @param hours hours of the route to the reachable part of the profile
 * @param unreachable requirements no route reaches
 * @param essentialGaps essential needs not yet held at their level
 * @param modules the route's modules, in order
 * @param gaps the needs not met: skill to missing levels
 */
record Outcome(double hours, int unreachable, int essentialGaps, List<String> modules, Map<String, Integer> gaps) {

    Outcome {
        modules = List.copyOf(modules);
        gaps = Map.copyOf(gaps);
    }

    /** Every essential need met: the member is ready for the role. */
    boolean ready() {
        return essentialGaps == 0;
    }

    /** Every requirement can be reached. */
    boolean reachable() {
        return unreachable == 0;
    }
}
