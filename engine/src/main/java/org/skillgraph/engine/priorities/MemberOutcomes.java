package org.skillgraph.engine.priorities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private final Set<String> sharedRoles;

    /**
     * @param share whether states are cut to what the role can read before planning (see the class comment);
     *     only for roles at least two of {@code members} are compared with: a member's own counterfactuals all
     *     differ within what their role reads, so a lone member shares nothing and cutting would only cost
     */
    MemberOutcomes(CurriculumSnapshot snapshot, RoutePlanner routes, boolean share, List<Member> members) {
        this.snapshot = snapshot;
        this.routes = routes;
        this.relevant = share ? new RelevantState(snapshot) : null;
        var seen = new HashMap<String, Integer>();
        members.forEach(m -> seen.merge(m.roleId(), 1, Integer::sum));
        this.sharedRoles = share
                ? seen.entrySet().stream()
                        .filter(e -> e.getValue() > 1)
                        .map(Map.Entry::getKey)
                        .collect(java.util.stream.Collectors.toUnmodifiableSet())
                : Set.of();
    }

    CurriculumSnapshot snapshot() {
        return snapshot;
    }

    /** The outcome of {@code state} against {@code roleId}. */
    Outcome of(String roleId, LearnerState state) {
        LearnerState seen = sharedRoles.contains(roleId) ? relevant.project(roleId, state) : state;
        return planned.computeIfAbsent(new Key(roleId, seen), this::plan);
    }

    /** How many distinct (role, state) pairs were planned so far (for tests). */
    int plannedCount() {
        return planned.size();
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
