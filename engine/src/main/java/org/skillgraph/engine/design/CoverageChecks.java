package org.skillgraph.engine.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.skillgraph.engine.route.RoutePlan;
import org.skillgraph.engine.route.UnreachableTarget;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.ModuleTeaching;
import org.skillgraph.engine.snapshot.RoleNeed;

/** Findings about what roles need and what the published modules can get a learner to. */
final class CoverageChecks {

    private CoverageChecks() {}

    /** Per skill: roles needing it above the highest level a published module teaches. */
    static void requirementsNotTaught(CurriculumSnapshot snapshot, List<Finding> out) {
        Map<String, Map<String, Integer>> needers = new TreeMap<>();
        for (String role : snapshot.roles().roleIds()) {
            for (RoleNeed need : snapshot.roleProfile(role)) {
                if (need.level() > 0) {
                    needers.computeIfAbsent(need.skillId(), s -> new TreeMap<>())
                            .put(role, need.level());
                }
            }
        }
        needers.forEach((skill, roles) -> {
            int taught = 0;
            String draft = null;
            int draftLevel = 0;
            for (ModuleTeaching teaching : snapshot.modulesTeaching(skill)) {
                if (teaching.module().published()) {
                    taught = Math.max(taught, teaching.level());
                } else if (!"retired".equals(teaching.module().status()) && teaching.level() > draftLevel) {
                    draft = teaching.module().id();
                    draftLevel = teaching.level();
                }
            }
            List<String> ids = new ArrayList<>(List.of(skill));
            List<String> shortfalls = new ArrayList<>();
            int highest = 0;
            for (var entry : roles.entrySet()) {
                if (entry.getValue() > taught) {
                    ids.add(entry.getKey());
                    shortfalls.add(entry.getKey() + " (level " + entry.getValue() + ")");
                    highest = Math.max(highest, entry.getValue());
                }
            }
            if (shortfalls.isEmpty()) {
                return;
            }
            String fix = "Publish a module teaching " + skill + " to level " + highest
                    + (draft != null && draftLevel >= highest
                            ? " (" + draft + ", not published, teaches it to level " + draftLevel + ")"
                            : "")
                    + ", or lower the requirement";
            out.add(new Finding(
                    Finding.KIND_REQUIREMENT_NOT_TAUGHT,
                    Finding.ERROR,
                    ids,
                    "Role(s) " + String.join(", ", shortfalls) + " need " + skill + " above level " + taught
                            + ", the highest any published module teaches",
                    fix));
        });
    }

    /** Per role and skill: what a learner starting from nothing cannot reach, with the planner's reason. */
    static void unreachableRequirements(Map<String, RoutePlan> fromScratch, List<Finding> out) {
        fromScratch.forEach((role, plan) -> {
            for (UnreachableTarget target : plan.unreachable()) {
                List<String> ids = new ArrayList<>(List.of(role, target.skillId()));
                String why;
                String fix;
                switch (target.reason()) {
                    case NO_MODULE_TEACHES_LEVEL -> {
                        why = "no published module teaches it to that level";
                        fix = "Publish a module teaching " + target.skillId() + " to level " + target.requiredLevel()
                                + ", or lower the requirement";
                    }
                    case PREREQUISITE_UNREACHABLE -> {
                        ids.add(target.blockingSkillId());
                        why = "the modules teaching it need " + target.blockingSkillId() + " at level "
                                + target.blockingLevel() + ", which cannot be reached";
                        fix = "Make " + target.blockingSkillId() + " level " + target.blockingLevel()
                                + " learnable, or lower that entry requirement or prerequisite";
                    }
                    default -> {
                        why = "the preferences exclude every module teaching it";
                        fix = "Offer a module of another modality or pacing";
                    }
                }
                out.add(new Finding(
                        Finding.KIND_UNREACHABLE_REQUIREMENT,
                        Finding.ERROR,
                        ids,
                        "Role " + role + " needs " + target.skillId() + " at level " + target.requiredLevel()
                                + " but a learner starting from nothing reaches level " + target.reachableLevel()
                                + ": " + why,
                        fix));
            }
        });
    }
}
