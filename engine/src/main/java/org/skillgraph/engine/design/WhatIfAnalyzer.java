package org.skillgraph.engine.design;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.route.RoutePlan;
import org.skillgraph.engine.route.UnreachableTarget;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.ModuleInfo;
import org.skillgraph.engine.snapshot.SkillLevel;

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
        check(snapshot, changes);
        Map<String, RoutePlan> before = baselines.of(snapshot);
        Map<String, RoutePlan> after = baselines.compute(apply(snapshot, changes));
        List<RoleImpact> impacts = new ArrayList<>();
        before.forEach((role, plan) -> impacts.add(impact(snapshot, role, plan, after.get(role))));
        impacts.sort(ORDER);
        int changed = (int) impacts.stream().filter(RoleImpact::changed).count();
        return new WhatIfReport(snapshot.version(), changed, impacts);
    }

    /** A copy of {@code snapshot} with {@code changes} applied in order (ids are assumed known). */
    public static CurriculumSnapshot apply(CurriculumSnapshot snapshot, List<CurriculumChange> changes) {
        CurriculumSnapshot.Builder builder = snapshot.toBuilder();
        Map<String, ModuleInfo> modules = new HashMap<>();
        for (CurriculumChange change : changes) {
            if (change instanceof CurriculumChange.DropPrerequisite drop) {
                builder.withoutRequires(drop.skillId(), drop.prerequisiteId());
                continue;
            }
            String id = change instanceof CurriculumChange.RetireModule retire
                    ? retire.moduleId()
                    : ((CurriculumChange.SetModuleHours) change).moduleId();
            ModuleInfo m =
                    modules.computeIfAbsent(id, known -> snapshot.module(known).orElseThrow());
            modules.put(
                    id,
                    change instanceof CurriculumChange.SetModuleHours hours
                            ? with(m, hours.hours(), m.status())
                            : with(m, m.hours(), "retired"));
        }
        modules.values().forEach(builder::module);
        return builder.build();
    }

    private static void check(CurriculumSnapshot snapshot, List<CurriculumChange> changes) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            String at = "/changes/" + i + "/";
            CurriculumChange change = changes.get(i);
            if (change instanceof CurriculumChange.RetireModule retire) {
                checkModule(snapshot, retire.moduleId(), at, errors);
            } else if (change instanceof CurriculumChange.SetModuleHours hours) {
                checkModule(snapshot, hours.moduleId(), at, errors);
            } else if (change instanceof CurriculumChange.DropPrerequisite drop) {
                boolean known = checkSkill(snapshot, drop.skillId(), at + "skill", errors)
                        & checkSkill(snapshot, drop.prerequisiteId(), at + "prerequisite", errors);
                if (known
                        && snapshot.prerequisites(drop.skillId()).stream()
                                .map(SkillLevel::skillId)
                                .noneMatch(drop.prerequisiteId()::equals)) {
                    errors.add(new FieldError(
                            at + "prerequisite",
                            "skill '" + drop.skillId() + "' does not require '" + drop.prerequisiteId() + "'"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("unknown-reference", "Some changes name what does not exist", errors);
        }
    }

    private static void checkModule(CurriculumSnapshot snapshot, String id, String at, List<FieldError> errors) {
        if (snapshot.module(id).isEmpty()) {
            errors.add(new FieldError(at + "module", "unknown module '" + id + "'"));
        }
    }

    private static boolean checkSkill(CurriculumSnapshot snapshot, String id, String pointer, List<FieldError> errors) {
        if (snapshot.skillIndex(id) < 0) {
            errors.add(new FieldError(pointer, "unknown skill '" + id + "'"));
            return false;
        }
        return true;
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

    private static ModuleInfo with(ModuleInfo m, double hours, String status) {
        return new ModuleInfo(
                m.id(), m.title(), hours, m.modality(), m.pacing(), m.cycle(), m.core(), status, m.passScore());
    }
}
