package org.skillgraph.engine.design;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.metrics.MetricsFilter;
import org.skillgraph.engine.priorities.Member;
import org.skillgraph.engine.priorities.PeopleImpact;
import org.skillgraph.engine.priorities.PopulationImpact;
import org.skillgraph.engine.route.RoutePlan;
import org.skillgraph.engine.route.UnreachableTarget;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;

/**
 * Answers "what if we retired this module, changed its hours, dropped that prerequisite?": every role's
 * from-scratch route is planned on a modified copy of the snapshot and compared with today's. Nothing is
 * written. Thread-safe.
 */
public final class WhatIfAnalyzer {

    private static final Comparator<RoleImpact> ORDER = Comparator.comparing((RoleImpact r) -> !r.changed())
            .thenComparing(Comparator.comparingInt(
                            (RoleImpact r) -> r.newlyUnreachable().size())
                    .reversed())
            .thenComparing(Comparator.comparingDouble((RoleImpact r) -> Math.abs(r.deltaHours()))
                    .reversed())
            .thenComparing(RoleImpact::roleId);

    private final RoleBaselines baselines;

    public WhatIfAnalyzer(RoleBaselines baselines) {
        this.baselines = baselines;
    }

    /**
     * The impact of {@code changes}, applied in order, on every role of {@code snapshot}.
     *
     * @throws InvalidRequestException naming {@code /changes/i/…} for every change naming an unknown module or
     *     skill, or a prerequisite that does not exist
     */
    public WhatIfReport analyse(CurriculumSnapshot snapshot, List<CurriculumChange> changes) {
        return analyse(snapshot, changes, null);
    }

    /**
     * The same, plus the impact on {@code population}'s members when it is not {@code null}.
     *
     * @throws InvalidRequestException as {@link #analyse(CurriculumSnapshot, List)}
     */
    public WhatIfReport analyse(CurriculumSnapshot snapshot, List<CurriculumChange> changes, Population population) {
        ChangeChecker.check(snapshot, changes);
        CurriculumSnapshot changed = apply(snapshot, changes);
        Map<String, RoutePlan> before = baselines.of(snapshot);
        Map<String, RoutePlan> after = baselines.compute(changed);
        List<RoleImpact> impacts = new ArrayList<>();
        before.forEach((role, plan) -> impacts.add(impact(snapshot, role, plan, after.get(role))));
        impacts.sort(ORDER);
        int rolesChanged = (int) impacts.stream().filter(RoleImpact::changed).count();
        PopulationImpact people = population == null
                ? null
                : new PeopleImpact(baselines.planner(), population.minGroupSize())
                        .compare(snapshot, changed, population.members(), population.people(), population.filter());
        return new WhatIfReport(snapshot.version(), rolesChanged, impacts, people);
    }

    /**
     * The people a what-if speaks about.
     *
     * @param members those assessed (with a role to compare with)
     * @param people how many the filter selected
     */
    public record Population(MetricsFilter filter, List<Member> members, int people, int minGroupSize) {
        public Population {
            members = List.copyOf(members);
        }
    }

    /** A copy of {@code snapshot} with {@code changes} applied in order (ids are assumed known). */
    public static CurriculumSnapshot apply(CurriculumSnapshot snapshot, List<CurriculumChange> changes) {
        return ChangeApplier.apply(snapshot, changes);
    }

    private static RoleImpact impact(CurriculumSnapshot snapshot, String role, RoutePlan before, RoutePlan after) {
        Set<String> unreachableBefore = skills(before.unreachable());
        Set<String> unreachableAfter = skills(after.unreachable());
        List<UnreachableTarget> lost = after.unreachable().stream()
                .filter(t -> !unreachableBefore.contains(t.skillId()))
                .toList();
        List<String> gained = unreachableBefore.stream()
                .filter(s -> !unreachableAfter.contains(s))
                .sorted()
                .toList();
        double delta = Math.round((after.totalHours() - before.totalHours()) * 1e6) / 1e6;
        return new RoleImpact(
                role,
                snapshot.roles().role(role).orElseThrow().title(),
                before.totalHours(),
                after.totalHours(),
                delta,
                before.mode(),
                after.mode(),
                lost,
                gained);
    }

    private static Set<String> skills(List<UnreachableTarget> targets) {
        return targets.stream().map(UnreachableTarget::skillId).collect(Collectors.toSet());
    }
}
