package org.skillgraph.engine.priorities;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.LearnerState;
import org.skillgraph.engine.snapshot.ModuleCatalog;
import org.skillgraph.engine.snapshot.RoleNeed;

/**
 * The part of a learner state a role's route and gap can read: levels, refresh and self-assessment marks of the
 * skills the role needs and of every skill reachable from them through prerequisites and through the modules
 * teaching them (what those modules assume and teach), and the completions of those modules. Two members who
 * agree there get the same route and gap for the role, so one plan serves both, and a counterfactual that only
 * touches skills outside it changes nothing. The closure is deliberately wider than what a planner reads (every
 * skill a candidate module teaches is in it), so the projection can only merge states the planners cannot tell
 * apart. One instance per snapshot and request; not thread-safe.
 */
final class RelevantState {

    private record Relevant(Set<String> skills, Set<String> modules) {}

    private final CurriculumSnapshot snapshot;
    private final Map<String, Relevant> byRole = new HashMap<>();

    RelevantState(CurriculumSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** {@code state} restricted to what role {@code roleId}'s route and gap can read. */
    LearnerState project(String roleId, LearnerState state) {
        Relevant relevant = byRole.computeIfAbsent(roleId, this::closure);
        var levels = new HashMap<String, Integer>();
        state.levels().forEach((skill, level) -> {
            if (relevant.skills().contains(skill)) {
                levels.put(skill, level);
            }
        });
        return new LearnerState(
                levels,
                only(state.completedModules(), relevant.modules()),
                only(state.needsRefresh(), relevant.skills()),
                only(state.selfAssessed(), relevant.skills()));
    }

    private static Set<String> only(Set<String> ids, Set<String> kept) {
        var out = new HashSet<String>();
        for (String id : ids) {
            if (kept.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    private Relevant closure(String roleId) {
        ModuleCatalog catalog = snapshot.modules();
        var skills = new HashSet<String>();
        var modules = new HashSet<String>();
        var seenSkills = new HashSet<Integer>();
        var seenModules = new HashSet<Integer>();
        var queue = new ArrayDeque<Integer>();
        for (RoleNeed need : snapshot.roleProfile(roleId)) {
            skills.add(need.skillId());
            int skill = snapshot.skillIndex(need.skillId());
            if (skill >= 0 && seenSkills.add(skill)) {
                queue.add(skill);
            }
        }
        while (!queue.isEmpty()) {
            int skill = queue.poll();
            skills.add(snapshot.skillId(skill));
            for (int k = 0; k < snapshot.prerequisiteCount(skill); k++) {
                int prerequisite = snapshot.prerequisite(skill, k);
                if (seenSkills.add(prerequisite)) {
                    queue.add(prerequisite);
                }
            }
            for (int k = 0; k < catalog.teacherCount(skill); k++) {
                int module = catalog.teacher(skill, k);
                if (!seenModules.add(module)) {
                    continue;
                }
                modules.add(catalog.module(module).id());
                for (int a = 0; a < catalog.assumesCount(module); a++) {
                    if (seenSkills.add(catalog.assumesSkill(module, a))) {
                        queue.add(catalog.assumesSkill(module, a));
                    }
                }
                for (int t = 0; t < catalog.teachesCount(module); t++) {
                    if (seenSkills.add(catalog.teachesSkill(module, t))) {
                        queue.add(catalog.teachesSkill(module, t));
                    }
                }
            }
        }
        return new Relevant(Set.copyOf(skills), Set.copyOf(modules));
    }
}
