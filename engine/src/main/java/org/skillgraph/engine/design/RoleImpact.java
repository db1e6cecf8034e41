package org.skillgraph.engine.design;

import java.util.List;
import java.util.Objects;
import org.skillgraph.engine.route.RouteMode;
import org.skillgraph.engine.route.UnreachableTarget;

/**
 * How a hypothetical change moves one role's from-scratch route.
 *
 * @param hoursBefore minimal hours from nothing to the role's profile today (reachable part)
 * @param hoursAfter the same after the changes
 * @param deltaHours {@code hoursAfter - hoursBefore}
 * @param modeBefore whether {@code hoursBefore} is proven minimal ({@code EXACT}) or heuristic
 * @param newlyUnreachable requirements reachable today that the changes make unreachable
 * @param newlyReachable ids of skills unreachable today that the changes make reachable
 */
public record RoleImpact(
        String roleId,
        String title,
        double hoursBefore,
        double hoursAfter,
        double deltaHours,
        RouteMode modeBefore,
        RouteMode modeAfter,
        List<UnreachableTarget> newlyUnreachable,
        List<String> newlyReachable) {

    public RoleImpact {
        Objects.requireNonNull(roleId, "roleId");
        newlyUnreachable = List.copyOf(newlyUnreachable);
        newlyReachable = List.copyOf(newlyReachable);
    }

    /** Whether the changes move this role's hours or reachability at all. */
    public boolean changed() {
        return deltaHours != 0 || !newlyUnreachable.isEmpty() || !newlyReachable.isEmpty();
    }
}
