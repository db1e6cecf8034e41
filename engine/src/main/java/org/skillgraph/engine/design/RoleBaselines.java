package org.skillgraph.engine.design;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.skillgraph.engine.route.RoutePlan;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.route.RoutePreferences;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.LearnerState;

/**
 * Every role's route for a learner holding nothing: the baseline of the validation report (what cannot be
 * reached) and of what-if analysis (the hours before a change). Cached for the latest two snapshots, by
 * identity. Thread-safe.
 */
public final class RoleBaselines {

    private final RoutePlanner planner;
    private final Cache<CurriculumSnapshot, Map<String, RoutePlan>> cache =
            Caffeine.newBuilder().weakKeys().maximumSize(2).build();

    public RoleBaselines(RoutePlanner planner) {
        this.planner = planner;
    }

    /** The planner the baselines use, for routes compared with them. */
    public RoutePlanner planner() {
        return planner;
    }

    /** Per role id (in id order), the route from nothing to its profile, with default preferences. */
    public Map<String, RoutePlan> of(CurriculumSnapshot snapshot) {
        return cache.get(snapshot, this::compute);
    }

    /** The same, computed afresh and not cached: for derived (what-if) snapshots. */
    public Map<String, RoutePlan> compute(CurriculumSnapshot snapshot) {
        Map<String, RoutePlan> plans = new LinkedHashMap<>();
        for (String role : snapshot.roles().roleIds()) {
            plans.put(role, planner.planForRole(snapshot, LearnerState.empty(), role, RoutePreferences.defaults()));
        }
        return Collections.unmodifiableMap(plans);
    }
}
