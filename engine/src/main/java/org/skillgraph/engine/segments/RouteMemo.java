package org.skillgraph.engine.segments;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.route.RoutePreferences;
import org.skillgraph.engine.route.RouteStep;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.LearnerState;

/**
 * The module ids of routes segmenting has planned, kept by curriculum version, role and the learner's whole
 * state: a route depends on nothing else (default preferences), so a kept one is the one planning would give.
 * A role's from-scratch route is then planned once per curriculum version, and a member whose levels and
 * completions have not changed since the last time their cohort was segmented is not planned again. Routes of
 * older versions are never asked for again and leave by size.
 */
final class RouteMemo {

    /** Routes kept: a few bytes of module ids each. */
    static final long MAX_ROUTES = 200_000;

    private record Key(long version, String roleId, LearnerState state) {}

    private final RoutePlanner routes;
    private final Cache<Key, List<String>> kept =
            Caffeine.newBuilder().maximumSize(MAX_ROUTES).build();

    RouteMemo(RoutePlanner routes) {
        this.routes = routes;
    }

    /** The module ids, in order, of the route {@code state} takes to {@code roleId} under {@code snapshot}. */
    List<String> route(CurriculumSnapshot snapshot, LearnerState state, String roleId) {
        return kept.get(
                new Key(snapshot.version(), roleId, state),
                k -> routes.planForRole(snapshot, state, roleId, RoutePreferences.defaults()).steps().stream()
                        .map(RouteStep::moduleId)
                        .toList());
    }

    /** The route of a learner who holds nothing. */
    List<String> fromScratch(CurriculumSnapshot snapshot, String roleId) {
        return route(snapshot, LearnerState.empty(), roleId);
    }
}
