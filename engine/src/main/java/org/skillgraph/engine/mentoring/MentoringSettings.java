package org.skillgraph.engine.mentoring;

import java.time.Duration;
import java.util.Objects;

/**
 * How the mentoring programme runs; {@link #defaults()} documents every default in one place.
 *
 * @param requestExpiry a coaching request nobody decided expires this long after it was made, and frees the place
 *     it held (default 14 days)
 * @param dueAfterDays an active pair without a check-in for this many days is due (default {@value
 *     #DEFAULT_DUE_AFTER_DAYS})
 * @param minEffectSample fewest matched goals from which the outcomes state an effect (default {@value
 *     #DEFAULT_MIN_EFFECT_SAMPLE})
 * @param goalHorizonDays a suggested goal's target date lies this many days ahead (default {@value
 *     #DEFAULT_GOAL_HORIZON_DAYS})
 */
public record MentoringSettings(Duration requestExpiry, int dueAfterDays, int minEffectSample, int goalHorizonDays) {

    public static final int DEFAULT_DUE_AFTER_DAYS = 30;
    public static final int DEFAULT_MIN_EFFECT_SAMPLE = 10;
    public static final int DEFAULT_GOAL_HORIZON_DAYS = 90;

    public MentoringSettings {
        Objects.requireNonNull(requestExpiry, "requestExpiry");
        if (requestExpiry.isNegative() || requestExpiry.isZero()) {
            throw new IllegalArgumentException("requestExpiry must be positive, was " + requestExpiry);
        }
        if (dueAfterDays < 1 || minEffectSample < 2 || goalHorizonDays < 1) {
            throw new IllegalArgumentException(
                    "dueAfterDays and goalHorizonDays must be positive, minEffectSample >= 2");
        }
    }

    public static MentoringSettings defaults() {
        return new MentoringSettings(
                Duration.ofDays(14), DEFAULT_DUE_AFTER_DAYS, DEFAULT_MIN_EFFECT_SAMPLE, DEFAULT_GOAL_HORIZON_DAYS);
    }

    /** The same settings with another request expiry. */
    public MentoringSettings withRequestExpiry(Duration expiry) {
        return new MentoringSettings(expiry, dueAfterDays, minEffectSample, goalHorizonDays);
    }
}
