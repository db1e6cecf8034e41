package org.skillgraph.engine.route;

import java.util.List;
import java.util.Objects;
import org.skillgraph.engine.budget.BudgetUse;

/**
 * A learning route.
 *
 * @param mode how the route was found: {@link RouteMode#EXACT} when the exact search ran and proved it optimal,
 *     otherwise {@link RouteMode#HEURISTIC}
 * @param provenOptimal whether the route is proven optimal: always for an exact route, and for a heuristic route
 *     whose cost meets the {@linkplain #lowerBoundHours lower bound} (no route can be cheaper than the bound)
 * @param lowerBoundHours the best route for these preferences takes at least this many hours; with
 *     {@code totalHours} it bounds how far a heuristic route may be from the optimum (an exact route may exceed
 *     it too: the bound is admissible, not tight)
 * @param totalHours hours of all steps
 * @param steps the modules in the order to take them
 * @param unreachable target levels that cannot be reached, with the reason
 * @param schedule the steps week by week, with milestones
 * @param explored for an exact route, search nodes expanded (0 when the lower bound proved the heuristic route
 *     optimal at once); for a heuristic route, candidate evaluations and feasibility checks made
 * @param notes anything the caller should know, e.g. that the exact search ran out of budget
 * @param budget what planning spent of its budget, and which limit ran out first if one did
 */
public record RoutePlan(
        RouteMode mode,
        boolean provenOptimal,
        double lowerBoundHours,
        double totalHours,
        List<RouteStep> steps,
        List<UnreachableTarget> unreachable,
        Schedule schedule,
        long explored,
        List<String> notes,
        BudgetUse budget) {

    public RoutePlan {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(budget, "budget");
        steps = List.copyOf(steps);
        unreachable = List.copyOf(unreachable);
        notes = List.copyOf(notes);
    }
}
