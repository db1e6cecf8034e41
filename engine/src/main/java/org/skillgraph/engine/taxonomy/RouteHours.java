package org.skillgraph.engine.taxonomy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.route.RoutePreferences;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.LearnerState;

/**
 * A role's from-scratch route hours (a learner holding nothing, default preferences) on today's curriculum and
 * on the one a change set would leave.
 *
 * @param before hours today, {@code null} for a role the change set adds
 * @param after hours once applied
 */
public record RouteHours(String role, Double before, double after) {

    /** At most this many affected roles are planned (in id order), so a whole-framework release stays bounded. */
    static final int MAX_ROLES = 200;

    /**
     * Planning time for the whole comparison: roles not reached by then are counted as not compared. From-scratch
     * routes to large occupation profiles (ESCO's) can each take seconds, and a diff must stay a review step.
     */
    static final Duration BUDGET = Duration.ofSeconds(20);

    /** Whether the change moves the role's hours. */
    public boolean changed() {
        return before == null || Math.abs(after - before) > 1e-9;
    }

    /** Plans {@code roles} on both curricula; the roles whose hours move come first, the largest move first. */
    static Impact.Routes compare(
            RoutePlanner planner, CurriculumSnapshot today, CurriculumSnapshot candidate, List<String> roles) {
        return compare(planner, today, candidate, roles, BUDGET, System::nanoTime);
    }

    /** As above, within {@code budget} as {@code nanoTime} counts it (tests pass a clock of their own). */
    static Impact.Routes compare(
            RoutePlanner planner,
            CurriculumSnapshot today,
            CurriculumSnapshot candidate,
            List<String> roles,
            Duration budget,
            java.util.function.LongSupplier nanoTime) {
        var out = new ArrayList<RouteHours>();
        var affected = roles.stream()
                .distinct()
                .sorted()
                .filter(r -> candidate.roles().role(r).isPresent())
                .toList();
        long deadline = nanoTime.getAsLong() + budget.toNanos();
        int compared = 0;
        for (var role : affected) {
            if (compared == MAX_ROLES || nanoTime.getAsLong() - deadline >= 0) {
                break;
            }
            compared++;
            Double before = today.roles().role(role).isPresent() ? hours(planner, today, role) : null;
            var h = new RouteHours(role, before, hours(planner, candidate, role));
            if (h.changed()) {
                out.add(h);
            }
        }
        out.sort(Comparator.comparingDouble(
                        (RouteHours h) -> -Math.abs(h.after() - (h.before() == null ? 0 : h.before())))
                .thenComparing(RouteHours::role));
        return new Impact.Routes(
                compared,
                affected.size() - compared,
                out.size(),
                out.stream().limit(Impact.SAMPLE).toList());
    }

    private static double hours(RoutePlanner planner, CurriculumSnapshot snapshot, String role) {
        var plan = planner.planForRole(snapshot, LearnerState.empty(), role, RoutePreferences.defaults());
        return Math.round(plan.totalHours() * 1000) / 1000.0;
    }
}
