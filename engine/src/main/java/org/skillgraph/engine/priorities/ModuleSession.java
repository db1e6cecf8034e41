package org.skillgraph.engine.priorities;

import java.util.Objects;

/**
 * A module taught to the whole group as one session: what every member completing it would change.
 *
 * @param onRoutes members whose route contains it
 * @param membersHelped members whose route would shrink or whose role would become reachable in full
 * @param memberHoursRemoved hours taken off members' routes, in all (the module's own hours included where it
 *     was on the route)
 * @param becomeReady members who would then meet every essential need
 * @param becomeAbleToReach members whose role would then be reachable in full, and was not
 * @param explanation the rank in words
 */
public record ModuleSession(
        String moduleId,
        String title,
        double hours,
        String modality,
        int onRoutes,
        int membersHelped,
        double memberHoursRemoved,
        int becomeReady,
        int becomeAbleToReach,
        String explanation) {

    public ModuleSession {
        Objects.requireNonNull(moduleId, "moduleId");
    }
}
