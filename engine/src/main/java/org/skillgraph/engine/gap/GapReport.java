package org.skillgraph.engine.gap;

import java.util.List;
import java.util.Objects;

/**
 * What a learner lacks for a target.
 *
 * @param targetId the role id, or {@value #EXPLICIT} for an explicit skill map
 * @param targetTitle the role title, or {@value #EXPLICIT}
 * @param skills every needed skill: essential first, then importance (high first), gap (large first), id
 * @param prerequisites skills to raise on the way, not already asked for at that level: largest gap first,
 *     then id
 * @param readiness Σ importance·min(current, required)/required ÷ Σ importance over skills needed above level
 *     0, rounded to 3 decimals; 1 when nothing is needed
 * @param skillsMet needed skills already held at their level
 * @param skillsTotal needed skills
 * @param essentialGaps essential skills not yet held at their level
 */
public record GapReport(
        String targetId,
        String targetTitle,
        List<SkillGap> skills,
        List<PrerequisiteGap> prerequisites,
        double readiness,
        int skillsMet,
        int skillsTotal,
        int essentialGaps) {

    /** Target id and title of a report on an explicit skill map. */
    public static final String EXPLICIT = "explicit";

    public GapReport {
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(targetTitle, "targetTitle");
        skills = List.copyOf(skills);
        prerequisites = List.copyOf(prerequisites);
    }
}
