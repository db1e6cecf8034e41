package org.skillgraph.engine.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Retention of levels, computed from evidence histories (pure). A level is "reached" on a day when the level
 * {@link org.skillgraph.engine.evidence.LevelRules} gives rises to it; it is "still current" {@code h} days
 * later when the rules then give at least that level. Only levels reached at least {@code h} days before
 * {@code asOf} are observed at horizon {@code h}, so recent levels do not flatter the share.
 */
public final class Retention {

    private Retention() {}

    /** Retention of {@code people}'s levels, from their histories. */
    public static RetentionReport compute(
            List<PersonHistory> people, LocalDate asOf, MetricsFilter filter, MetricsSettings settings) {
        return aggregate(
                people.stream()
                        .map(p -> new PersonFacts(
                                p.id(),
                                0,
                                TargetFacts.NONE,
                                LearningFacts.NONE,
                                RetentionFacts.of(p, settings.rules(), settings.horizons()),
                                List.of()))
                        .toList(),
                asOf,
                filter,
                settings);
    }

    /** Retention of the levels of the people whose {@code facts} these are (worked out for the same horizons). */
    static RetentionReport aggregate(
            List<PersonFacts> people, LocalDate asOf, MetricsFilter filter, MetricsSettings settings) {
        var horizons = settings.horizons();
        int[] observed = new int[horizons.size()];
        int[] retained = new int[horizons.size()];
        int[] observedPeople = new int[horizons.size()];
        int reached = 0;
        for (var person : people) {
            var facts = person.retention();
            if (!facts.horizons().equals(horizons) && facts.size() > 0) {
                throw new IllegalArgumentException("retention facts for other horizons: " + facts.horizons());
            }
            boolean[] seen = new boolean[horizons.size()];
            for (int i = 0; i < facts.size(); i++) {
                var day = facts.day(i);
                if (day.isAfter(asOf)) {
                    continue;
                }
                reached++;
                for (int h = 0; h < horizons.size(); h++) {
                    if (day.plusDays(horizons.get(h)).isAfter(asOf)) {
                        continue;
                    }
                    observed[h]++;
                    seen[h] = true;
                    retained[h] += facts.retained(i, h) ? 1 : 0;
                }
            }
            for (int h = 0; h < horizons.size(); h++) {
                observedPeople[h] += seen[h] ? 1 : 0;
            }
        }
        int min = settings.minGroupSize();
        var answer = new ArrayList<RetentionReport.Horizon>();
        for (int h = 0; h < horizons.size(); h++) {
            answer.add(
                    observedPeople[h] < min
                            ? new RetentionReport.Horizon(horizons.get(h), true, null, null, null, null)
                            : new RetentionReport.Horizon(
                                    horizons.get(h),
                                    false,
                                    observed[h],
                                    retained[h],
                                    Stats.ratio(retained[h], observed[h]),
                                    observedPeople[h]));
        }
        return new RetentionReport(
                asOf,
                filter,
                min,
                Stats.unlessFew(people.size(), min, people.size()),
                Stats.unlessFew(people.size(), min, reached),
                answer);
    }
}
