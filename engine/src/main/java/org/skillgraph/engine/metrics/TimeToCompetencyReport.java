package org.skillgraph.engine.metrics;

import java.time.LocalDate;
import java.util.List;

/**
 * Days from setting a target role to the first day on which every essential level of that role was met.
 *
 * @param asOf the day the figures describe; people not competent by then are censored at it
 * @param people people the filter selected; {@code null}, as every figure, when they are fewer than {@code
 *     minGroupSize}
 * @param notObserved of those, people without a dated target (or whose target role has no profile any more)
 * @param all everyone observed
 * @param coached those who had a coaching pair (as learner) at some time between target and competence (or
 *     {@code asOf})
 * @param notCoached the others
 */
public record TimeToCompetencyReport(
        LocalDate asOf,
        MetricsFilter filter,
        int bucketDays,
        int minGroupSize,
        Integer people,
        Integer notObserved,
        Group all,
        Group coached,
        Group notCoached) {

    /**
     * Figures for one group; every figure is {@code null} (lists empty) when the group is suppressed.
     *
     * @param people observed people in the group, {@code null} when suppressed
     * @param reached people who reached competence
     * @param censored people not there yet
     * @param medianDays Kaplan–Meier median, {@code null} while fewer than half are estimated to have reached
     * @param distribution observed days in buckets of {@code bucketDays}, reached and censored counted apart
     * @param curve the Kaplan–Meier steps: share still waiting after each day with events
     */
    public record Group(
            String name,
            boolean suppressed,
            Integer people,
            Integer reached,
            Integer censored,
            Long firstQuartileDays,
            Long medianDays,
            Long thirdQuartileDays,
            List<Bucket> distribution,
            List<KaplanMeier.Step> curve) {

        public Group {
            distribution = List.copyOf(distribution);
            curve = List.copyOf(curve);
        }

        static Group suppressed(String name) {
            return new Group(name, true, null, null, null, null, null, null, List.of(), List.of());
        }
    }

    /** People observed for {@code fromDay} ≤ days &lt; {@code toDay}. */
    public record Bucket(long fromDay, long toDay, int reached, int censored) {}
}
