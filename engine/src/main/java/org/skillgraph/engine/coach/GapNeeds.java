package org.skillgraph.engine.coach;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.gap.GapPlanner;
import org.skillgraph.engine.gap.GapReport;
import org.skillgraph.engine.gap.SkillGap;
import org.skillgraph.engine.learner.Learner;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.Levels;
import org.skillgraph.engine.snapshot.UnknownTargetException;

/** Turns a learner's gap (from {@link GapPlanner}) into the skills a coach is sought for, with the bar per skill. */
final class GapNeeds {

    /**
     * The gap skills of one learner.
     *
     * @param targetId role id or {@link GapReport#EXPLICIT}
     * @param chosenBy {@code request}, {@code target} or {@code skills}
     */
    record Target(String targetId, String chosenBy, List<CoachNeed> needs) {}

    private final GapPlanner gaps;
    private final int threshold;

    GapNeeds(GapPlanner gaps, int threshold) {
        this.gaps = gaps;
        this.threshold = threshold;
    }

    /**
     * The unmet needs of {@code roleId}; {@code null} means the learner's target role, and {@code null} is
     * returned when there is none.
     *
     * @throws NotFoundException when the role is unknown
     */
    Target forRole(CurriculumSnapshot snapshot, Learner learner, String roleId) {
        var role = roleId != null ? roleId : learner.targetRoleId();
        if (role == null) {
            return null;
        }
        try {
            var report = gaps.forRole(snapshot, learner.state(), role);
            return new Target(role, roleId == null ? "target" : "request", needs(report));
        } catch (UnknownTargetException e) {
            throw new NotFoundException("role", role);
        }
    }

    /**
     * Refuses every skill not among the unmet needs of the learner's target role (all of them without one).
     *
     * @throws InvalidRequestException {@code skills-outside-gap}, one error per refused skill
     */
    void requireInOwnGap(CurriculumSnapshot snapshot, Learner learner, java.util.Set<String> skills, String pointer) {
        var own = forRole(snapshot, learner, null);
        var gap = own == null
                ? java.util.Set.<String>of()
                : own.needs().stream().map(CoachNeed::skillId).collect(java.util.stream.Collectors.toSet());
        var errors = skills.stream()
                .filter(s -> !gap.contains(s))
                .map(s -> new FieldError(pointer, "'" + s + "' is not a skill of your own gap"))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(
                    "skills-outside-gap",
                    "A learner may seek coaches only for the skills of their own gap (their target role's unmet needs)",
                    errors);
        }
    }

    /**
     * Explicit skills: skill id to the level wanted, or 0 for "one level above the learner's".
     *
     * @throws InvalidRequestException naming every unknown skill
     */
    Target forSkills(CurriculumSnapshot snapshot, Learner learner, Map<String, Integer> skills, String pointer) {
        var errors = new ArrayList<FieldError>();
        var targets = new LinkedHashMap<String, Integer>();
        skills.forEach((id, level) -> {
            if (snapshot.skillIndex(id) < 0) {
                errors.add(new FieldError(pointer, "unknown skill '" + id + "'"));
            } else {
                targets.put(
                        id,
                        level > 0
                                ? level
                                : Math.min(Levels.EXPERT, learner.state().levelOf(id) + 1));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("unknown-skill", "Unknown skill(s) among the skills sought", errors);
        }
        return new Target(GapReport.EXPLICIT, "skills", needs(gaps.forTargets(snapshot, learner.state(), targets)));
    }

    private List<CoachNeed> needs(GapReport report) {
        return report.skills().stream().filter(g -> !g.met()).map(this::need).toList();
    }

    private CoachNeed need(SkillGap g) {
        int bar = Math.max(threshold, Math.max(g.requiredLevel(), g.currentLevel() + 1));
        return new CoachNeed(g.skillId(), g.name(), g.currentLevel(), g.requiredLevel(), bar, g.importance(), -1);
    }
}
