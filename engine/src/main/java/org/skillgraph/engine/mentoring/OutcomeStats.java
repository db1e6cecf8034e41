package org.skillgraph.engine.mentoring;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/** Summaries of the outcome figures: quartiles, and a mean difference with its 95 % confidence interval. */
final class OutcomeStats {

    private OutcomeStats() {}

    /**
     * How values spread: count, mean and quartiles (commons-math3's default percentile estimate), 3 decimals; the
     * figures are null without values.
     */
    public record Spread(int n, Double mean, Double q1, Double median, Double q3) {}

    /**
     * A mean difference (coached minus comparison) over {@code n} matched units with its 95 % t-interval.
     *
     * @param claim {@code insufficient-sample} (fewer units than the minimum: no figure is claimed), {@code
     *     positive} or {@code negative} (the interval excludes 0), or {@code no-clear-effect}
     */
    public record Effect(int n, Double difference, Double ciLow, Double ciHigh, String claim) {}

    static Spread spread(List<Double> values) {
        if (values.isEmpty()) {
            return new Spread(0, null, null, null, null);
        }
        var stats = new DescriptiveStatistics();
        values.forEach(stats::addValue);
        return new Spread(
                values.size(),
                round(stats.getMean()),
                round(stats.getPercentile(25)),
                round(stats.getPercentile(50)),
                round(stats.getPercentile(75)));
    }

    static Effect effect(List<Double> differences, int minSample) {
        int n = differences.size();
        if (n < minSample) {
            return new Effect(n, null, null, null, "insufficient-sample");
        }
        var stats = new DescriptiveStatistics();
        differences.forEach(stats::addValue);
        double mean = stats.getMean();
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975)
                * stats.getStandardDeviation()
                / Math.sqrt(n);
        double low = mean - half;
        double high = mean + half;
        String claim = low > 0 ? "positive" : high < 0 ? "negative" : "no-clear-effect";
        return new Effect(n, round(mean), round(low), round(high), claim);
    }

    static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
