package org.skillgraph.engine.metrics;

import java.time.LocalDate;
import java.util.List;

/**
 * The most common gaps of a group and how far coaching covers them.
 *
 * @param people people the filter selected; {@code null} (as {@code assessed}) when fewer than {@code minGroupSize}
 * @param assessed of those, people with a role to compare against (the filter's role, else their target)
 * @param suppressed whether fewer than {@code minGroupSize} people were assessed; then no figure is given
 * @param skills needed skills most often lacking: most lacking first, at most the limit asked for
 * @param coaching coaching pairs of the selected people as learners
 */
public record GapCoverageReport(
        LocalDate asOf,
        MetricsFilter filter,
        int minGroupSize,
        Integer people,
        Integer assessed,
        boolean suppressed,
        List<SkillGap> skills,
        Coaching coaching) {

    public GapCoverageReport {
        skills = List.copyOf(skills);
    }

    /**
     * One needed skill.
     *
     * @param neededBy assessed people whose role needs it
     * @param lacking of those, people whose current level (per the evidence rules, today) is below the need
     * @param share lacking ÷ neededBy
     * @param essentialFor of the lacking, people for whose role it is essential
     * @param meanGap mean missing levels among the lacking
     * @param coachedLearners of the lacking, people with an active coaching pair naming this skill
     */
    public record SkillGap(
            String skillId,
            String name,
            int neededBy,
            int lacking,
            double share,
            int essentialFor,
            double meanGap,
            int coachedLearners) {}

    /**
     * @param activePairs pairs without an end whose learner is among the selected people
     * @param coachedLearners selected people with at least one active pair
     * @param pairsEverStarted pairs of those learners, ended ones included
     */
    public record Coaching(Integer activePairs, Integer coachedLearners, Integer pairsEverStarted) {}
}
