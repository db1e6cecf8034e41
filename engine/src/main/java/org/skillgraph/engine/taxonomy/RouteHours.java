package org.skillgraph.engine.taxonomy;

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

    /** Whether the change moves the role's hours. */
    public boolean changed() {
        return before == null || Math.abs(after - before) > 1e-9;
    }

    /** Plans {@code roles} on both curricula; the roles whose hours move come first, the largest move first. */
    static Impact.Routes compare(
            RoutePlanner planner, CurriculumSnapshot today, CurriculumSnapshot candidate, List<String> roles) {
        var out = new ArrayList<RouteHours>();
        var planned = roles.stream()
                .distinct()
                .sorted()
                .filter(r -> candidate.roles().role(r).isPresent())
                .limit(MAX_ROLES)
                .toList();
        for (var role : planned) {
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
                planned.size(), out.size(), out.stream().limit(Impact.SAMPLE).toList());
    }

    private static double hours(RoutePlanner planner, CurriculumSnapshot snapshot, String role) {
        var plan = planner.planForRole(snapshot, LearnerState.empty(), role, RoutePreferences.defaults());
        return Math.round(plan.totalHours() * 1000) / 1000.0;
    }
}
