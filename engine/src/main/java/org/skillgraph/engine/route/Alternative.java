package org.skillgraph.engine.route;

import java.util.Objects;

/**
 * The cheapest allowed module that could replace a step while keeping the whole route feasible.
 *
 * @param extraHours its hours minus the step's; negative only when the route avoided it on purpose (an
 *     optional module while core ones are preferred) or the route is heuristic
 */
public record Alternative(String moduleId, String title, double hours, double extraHours) {

    public Alternative {
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(title, "title");
    }
}
