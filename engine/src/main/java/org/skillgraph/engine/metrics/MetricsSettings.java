package org.skillgraph.engine.metrics;

import java.util.List;
import java.util.Objects;
import org.skillgraph.engine.evidence.LevelRules;

/**
 * How the metrics are computed; {@link #defaults()} documents every default in one place.
 *
 * @param rules the rule set replayed over evidence to know a level on a given day
 * @param minGroupSize a group of fewer people is reported as suppressed, so no figure describes one person
 * @param bucketDays width of the time-to-competency distribution's buckets
 * @param dropOffDays an enrolment without completion and without activity for this many days counts as dropped
 * @param horizons days after reaching a level at which retention is measured
 */
public record MetricsSettings(
        LevelRules rules, int minGroupSize, int bucketDays, int dropOffDays, List<Integer> horizons) {

    public static final int DEFAULT_MIN_GROUP_SIZE = 3;
    public static final int DEFAULT_BUCKET_DAYS = 30;
    public static final int DEFAULT_DROP_OFF_DAYS = 60;

    public MetricsSettings {
        Objects.requireNonNull(rules, "rules");
        if (minGroupSize < 1 || bucketDays < 1 || dropOffDays < 1) {
            throw new IllegalArgumentException("minGroupSize, bucketDays and dropOffDays must be positive");
        }
        horizons = List.copyOf(horizons);
    }

    /** Default rules, groups of at least 3, 30-day buckets, drop-off after 60 quiet days, 90/180/365 days. */
    public static MetricsSettings defaults() {
        return new MetricsSettings(
                LevelRules.defaults(),
                DEFAULT_MIN_GROUP_SIZE,
                DEFAULT_BUCKET_DAYS,
                DEFAULT_DROP_OFF_DAYS,
                List.of(90, 180, 365));
    }

    /** The same settings with other evidence rules (the ones the rest of the engine uses). */
    public MetricsSettings withRules(LevelRules other) {
        return new MetricsSettings(other, minGroupSize, bucketDays, dropOffDays, horizons);
    }

    /** The same settings with another bucket width. */
    public MetricsSettings withBucketDays(int days) {
        return new MetricsSettings(rules, minGroupSize, days, dropOffDays, horizons);
    }

    /** The same settings with another drop-off period. */
    public MetricsSettings withDropOffDays(int days) {
        return new MetricsSettings(rules, minGroupSize, bucketDays, days, horizons);
    }
}
