package org.skillgraph.engine.priorities;

import java.util.HashMap;
import java.util.Map;
import org.skillgraph.engine.gap.GapPlanner;
import org.skillgraph.engine.route.RoutePlan;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.route.RoutePreferences;
import org.skillgraph.engine.route.RouteStep;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.LearnerState;

/**
 * Plans members' routes (default preferences, as cohort segments do) on one snapshot, remembering each
 * (role, state) it planned: members who hold the same see the same route, and a counterfactual that changes
 * nothing for someone costs nothing. When sharing, a state is first cut down to what the role's route and gap
 * can read ({@link RelevantState}), so members (and counterfactuals) that differ only elsewhere share one plan;
 * without, every distinct state is planned in full, which is the oracle the shared answers are tested against.
 * One instance per request; not thread-safe.
 */
final class MemberOutcomes {

    private record Key(String roleId, LearnerState state) {}

    private final CurriculumSnapshot snapshot;
    private final RoutePlanner routes;
    private final GapPlanner gaps = new GapPlanner();
    private final Map<Key, Outcome> planned = new HashMap<>();
    private final RelevantState relevant;

    /** Plans shared by members whose relevant state is the same. */
    MemberOutcomes(CurriculumSnapshot snapshot, RoutePlanner routes) {
        this(snapshot, routes, true);
    }

    /** @param share whether states are cut to what the role can read before planning (see the class comment) */
    MemberOutcomes(CurriculumSnapshot snapshot, RoutePlanner routes, boolean share) {
        this.snapshot = snapshot;
        this.routes = routes;
        this.relevant = share ? new RelevantState(snapshot) : null;
    }

    CurriculumSnapshot snapshot() {
        return snapshot;
    }

    /** The outcome of {@code state} against {@code roleId}. */
    Outcome of(String roleId, LearnerState state) {
        LearnerState seen = relevant == null ? state : relevant.project(roleId, state);
        return planned.computeIfAbsent(new Key(roleId, seen), this::plan);
    }

    private Outcome plan(Key key) {
        RoutePlan plan = routes.planForRole(snapshot, key.state(), key.roleId(), RoutePreferences.defaults());
        var gap = gaps.forRole(snapshot, key.state(), key.roleId());
        var missing = new HashMap<String, Integer>();
        gap.skills().stream().filter(g -> !g.met()).forEach(g -> missing.put(g.skillId(), g.gap()));
        return new Outcome(
                plan.totalHours(),
                plan.unreachable().size(),
                gap.essentialGaps(),
                plan.steps().stream().map(RouteStep::moduleId).toList(),
                missing);
    }
}
