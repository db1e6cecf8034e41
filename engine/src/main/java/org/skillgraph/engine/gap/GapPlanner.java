package org.skillgraph.engine.gap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.ImpliedPrerequisite;
import org.skillgraph.engine.snapshot.ImpliedPrerequisites;
import org.skillgraph.engine.snapshot.LearnerState;
import org.skillgraph.engine.snapshot.Levels;
import org.skillgraph.engine.snapshot.RoleInfo;
import org.skillgraph.engine.snapshot.RoleNeed;
import org.skillgraph.engine.snapshot.UnknownTargetException;

/**
 * Answers "what does this learner lack?" against a role profile or an explicit skill map. Stateless and
 * thread-safe; works on the snapshot only.
 */
public final class GapPlanner {

    /** Importance given to every skill of an explicit target map. */
    public static final int EXPLICIT_IMPORTANCE = 3;

    private static final Comparator<SkillGap> ORDER = Comparator.comparing((SkillGap g) -> !g.essential())
            .thenComparing(Comparator.comparingInt(SkillGap::importance).reversed())
            .thenComparing(Comparator.comparingInt(SkillGap::gap).reversed())
            .thenComparing(SkillGap::skillId);

    private static final Comparator<PrerequisiteGap> PREREQUISITE_ORDER = Comparator.comparingInt(
                    (PrerequisiteGap p) -> p.currentLevel() - p.requiredLevel())
            .thenComparing(PrerequisiteGap::skillId);

    /**
     * The gap between {@code learner} and role {@code roleId}.
     *
     * @throws UnknownTargetException when the snapshot has no such role
     */
    public GapReport forRole(CurriculumSnapshot snapshot, LearnerState learner, String roleId) {
        RoleInfo role = snapshot.roles().role(roleId).orElseThrow(() -> new UnknownTargetException("role", roleId));
        return report(snapshot, learner, role.id(), role.title(), snapshot.roleProfile(roleId));
    }

    /**
     * The gap between {@code learner} and explicit targets (skill id to required level), each of importance
     * {@value #EXPLICIT_IMPORTANCE} and essential.
     *
     * @throws UnknownTargetException when a skill id is unknown
     * @throws IllegalArgumentException when a level is off the 0–5 scale
     */
    public GapReport forTargets(CurriculumSnapshot snapshot, LearnerState learner, Map<String, Integer> targets) {
        List<RoleNeed> needs = new ArrayList<>(targets.size());
        targets.forEach((skillId, level) -> {
            if (snapshot.skillIndex(skillId) < 0) {
                throw new UnknownTargetException("skill", skillId);
            }
            Levels.check(level, "target level of " + skillId);
            needs.add(new RoleNeed(skillId, level, EXPLICIT_IMPORTANCE, true));
        });
        return report(snapshot, learner, GapReport.EXPLICIT, GapReport.EXPLICIT, needs);
    }

    private static GapReport report(
            CurriculumSnapshot snapshot, LearnerState learner, String targetId, String title, List<RoleNeed> needs) {
        List<SkillGap> skills = new ArrayList<>(needs.size());
        Map<String, Integer> askedFor = new HashMap<>();
        double weighted = 0;
        int importance = 0;
        for (RoleNeed need : needs) {
            int current = learner.levelOf(need.skillId());
            int gap = Math.max(0, need.level() - current);
            skills.add(new SkillGap(
                    need.skillId(),
                    snapshot.skillName(snapshot.skillIndex(need.skillId())),
                    need.level(),
                    current,
                    gap,
                    need.importance(),
                    need.essential(),
                    learner.needsRefresh(need.skillId()),
                    learner.selfAssessed(need.skillId()) && current > 0));
            askedFor.put(need.skillId(), need.level());
            if (need.level() > 0) {
                weighted += need.importance() * (double) Math.min(current, need.level()) / need.level();
                importance += need.importance();
            }
        }
        skills.sort(ORDER);
        double readiness = importance == 0 ? 1.0 : Math.round(weighted / importance * 1000) / 1000.0;
        return new GapReport(
                targetId,
                title,
                skills,
                prerequisites(snapshot, learner, skills, askedFor),
                readiness,
                (int) skills.stream().filter(SkillGap::met).count(),
                skills.size(),
                (int) skills.stream().filter(g -> g.essential() && !g.met()).count());
    }

    /** Implied prerequisites of the gapped skills, minus those the target already asks for at that level. */
    private static List<PrerequisiteGap> prerequisites(
            CurriculumSnapshot snapshot, LearnerState learner, List<SkillGap> skills, Map<String, Integer> askedFor) {
        List<String> gapped =
                skills.stream().filter(g -> !g.met()).map(SkillGap::skillId).toList();
        List<PrerequisiteGap> prerequisites = new ArrayList<>();
        for (ImpliedPrerequisite implied : ImpliedPrerequisites.of(snapshot, learner, gapped)) {
            if (askedFor.getOrDefault(implied.skillId(), -1) >= implied.level()) {
                continue;
            }
            prerequisites.add(new PrerequisiteGap(
                    implied.skillId(),
                    snapshot.skillName(snapshot.skillIndex(implied.skillId())),
                    implied.level(),
                    learner.levelOf(implied.skillId()),
                    implied.neededFor()));
        }
        prerequisites.sort(PREREQUISITE_ORDER);
        return prerequisites;
    }
}
