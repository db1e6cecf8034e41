package org.skillgraph.engine.planning;

import org.skillgraph.engine.route.RoutePlan;

/**
 * A person's route to a role or a skill set.
 *
 * @param targetId the role id, or {@code "explicit"} for a skill set
 * @param weeklyHoursFrom where the schedule's weekly hours came from: {@code "request"}, {@code "person"}
 *     or {@code "default"}
 */
public record PersonRoute(
        String personId, String targetId, String weeklyHoursFrom, long graphVersion, RoutePlan route) {}
