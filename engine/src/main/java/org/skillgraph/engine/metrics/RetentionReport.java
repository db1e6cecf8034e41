package org.skillgraph.engine.metrics;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether levels last: for each horizon, of the levels reached at least that many days before {@code asOf},
 * the share still current that many days after they were reached.
 *
 * @param people people the filter selected
 * @param levelsReached every rise of a current level found in their evidence history up to {@code asOf}; this
 *     and {@code people} are {@code null} when the people are fewer than {@code minGroupSize}
 */
public record RetentionReport(
        LocalDate asOf,
        MetricsFilter filter,
        int minGroupSize,
        Integer people,
        Integer levelsReached,
        List<Horizon> horizons) {

    public RetentionReport {
        horizons = List.copyOf(horizons);
    }

    /**
     * One horizon; figures are {@code null} when the observed levels come from fewer than {@code minGroupSize}
     * people.
     *
     * @param observed levels reached at least {@code days} days before {@code asOf}
     * @param retained of those, levels still current (not expired, not decayed, not replaced by a lower level)
     *     {@code days} days after they were reached
     * @param share retained ÷ observed
     * @param people distinct people the observed levels belong to
     */
    public record Horizon(
            int days, boolean suppressed, Integer observed, Integer retained, Double share, Integer people) {}
}
