package org.skillgraph.engine.design;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.ModuleInfo;
import org.skillgraph.engine.snapshot.RoleNeed;

/** Applies checked changes, in order, to a copy of a snapshot; the original is never touched. */
final class ChangeApplier {

    private ChangeApplier() {}

    static CurriculumSnapshot apply(CurriculumSnapshot snapshot, List<CurriculumChange> changes) {
        CurriculumSnapshot.Builder builder = snapshot.toBuilder();
        Map<String, ModuleInfo> modules = new HashMap<>();
        Map<String, Map<String, RoleNeed>> needs = new HashMap<>();
        for (CurriculumChange change : changes) {
            if (change instanceof CurriculumChange.DropPrerequisite drop) {
                builder.withoutRequires(drop.skillId(), drop.prerequisiteId());
            } else if (change instanceof CurriculumChange.AddPrerequisite add) {
                builder.withoutRequires(add.skillId(), add.prerequisiteId())
                        .requires(add.skillId(), add.prerequisiteId(), add.level());
            } else if (change instanceof CurriculumChange.RetireModule retire) {
                ModuleInfo m = known(snapshot, modules, retire.moduleId());
                modules.put(m.id(), with(m, m.hours(), "retired"));
            } else if (change instanceof CurriculumChange.SetModuleHours hours) {
                ModuleInfo m = known(snapshot, modules, hours.moduleId());
                modules.put(m.id(), with(m, hours.hours(), m.status()));
            } else if (change instanceof CurriculumChange.AddModule add) {
                modules.put(add.moduleId(), add.info());
                builder.withoutTeaches(add.moduleId()).withoutAssumes(add.moduleId());
                add.teaches().forEach(t -> builder.teaches(add.moduleId(), t.skillId(), t.level()));
                add.assumes().forEach(a -> builder.assumes(add.moduleId(), a.skillId(), a.level()));
            } else if (change instanceof CurriculumChange.SetTeaches set) {
                builder.withoutTeaches(set.moduleId());
                set.teaches().forEach(t -> builder.teaches(set.moduleId(), t.skillId(), t.level()));
            } else if (change instanceof CurriculumChange.SetAssumes set) {
                builder.withoutAssumes(set.moduleId());
                set.assumes().forEach(a -> builder.assumes(set.moduleId(), a.skillId(), a.level()));
            } else if (change instanceof CurriculumChange.SetNeed set) {
                setNeed(snapshot, builder, needs, set);
            }
        }
        modules.values().forEach(builder::module);
        return builder.build();
    }

    private static void setNeed(
            CurriculumSnapshot snapshot,
            CurriculumSnapshot.Builder builder,
            Map<String, Map<String, RoleNeed>> needs,
            CurriculumChange.SetNeed set) {
        Map<String, RoleNeed> profile = needs.computeIfAbsent(set.roleId(), role -> {
            Map<String, RoleNeed> today = new HashMap<>();
            snapshot.roleProfile(role).forEach(n -> today.put(n.skillId(), n));
            return today;
        });
        RoleNeed current = profile.get(set.skillId());
        builder.withoutNeed(set.roleId(), set.skillId());
        if (set.level() == 0) {
            profile.remove(set.skillId());
            return;
        }
        int importance = set.importance() != null ? set.importance() : current != null ? current.importance() : 3;
        boolean essential = set.essential() != null ? set.essential() : current != null && current.essential();
        profile.put(set.skillId(), new RoleNeed(set.skillId(), set.level(), importance, essential));
        builder.needs(set.roleId(), set.skillId(), set.level(), importance, essential);
    }

    private static ModuleInfo known(CurriculumSnapshot snapshot, Map<String, ModuleInfo> changed, String id) {
        ModuleInfo m = changed.get(id);
        return m != null ? m : snapshot.module(id).orElseThrow();
    }

    private static ModuleInfo with(ModuleInfo m, double hours, String status) {
        return new ModuleInfo(
                m.id(), m.title(), hours, m.modality(), m.pacing(), m.cycle(), m.core(), status, m.passScore());
    }
}
