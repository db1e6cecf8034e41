package org.skillgraph.engine.mentoring;

import java.time.LocalDate;
import org.skillgraph.engine.mentoring.OutcomeStats.Effect;
import org.skillgraph.engine.mentoring.OutcomeStats.Spread;
import org.skillgraph.engine.metrics.MetricsFilter;

/**
 * Did coaching help? Level gains on goal skills during the pairs, against the same learners' other gap skills and
 * against matched uncoached colleagues, time to the goal level, completion and coach load. Every figure is null when
 * {@code suppressed}: the pairs' learners are some but fewer than {@code minGroupSize}.
 *
 * @param asOf today: running pairs are measured up to here
 * @param pairs pairs that ran (active, completed or ended) with a learner in the selection
 * @param goalsTooRecent goals whose window has no day yet (set or started today): not measured
 */
public record CoachingOutcomesReport(
        MetricsFilter filter,
        LocalDate asOf,
        int minGroupSize,
        int minEffectSample,
        boolean suppressed,
        Integer pairs,
        Integer learners,
        Integer goals,
        Integer goalsTooRecent,
        OwnComparison goalVsOtherSkills,
        MatchedComparison matched,
        TimeToGoal timeToGoal,
        Completion completion,
        CoachLoad coachLoad) {

    /**
     * Per pair: the mean gain on its goal skills minus the learner's mean gain, over the same days, on the gap skills
     * of their target role that no pair of theirs has as a goal.
     */
    public record OwnComparison(Spread goalGain, Spread otherGain, Effect effect) {}

    /**
     * Per goal: the learner's gain minus the mean gain, over the same days, of uncoached colleagues with the same
     * target role and the same level of the skill on the first day.
     *
     * @param controls distinct colleagues used as controls (null when fewer than the group minimum)
     * @param unmatchedGoals measured goals with no control
     */
    public record MatchedComparison(
            Spread goalGain, Spread controlGain, Integer controls, int unmatchedGoals, Effect effect) {}

    /** Days from a goal's first day to the first day its target level is held, for the goals that got there. */
    public record TimeToGoal(int reached, int notReached, Spread days) {}

    /** Pairs by state; {@code rate} = completed ÷ (completed + ended), null when none closed. */
    public record Completion(int active, int completed, int ended, Double rate) {}

    /** Active pairs per coach among the coaches of the selected learners. */
    public record CoachLoad(int coaches, Spread activePairs, int max) {}

    static CoachingOutcomesReport suppressed(
            MetricsFilter filter, LocalDate asOf, int minGroupSize, int minEffectSample) {
        return new CoachingOutcomesReport(
                filter,
                asOf,
                minGroupSize,
                minEffectSample,
                true,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
