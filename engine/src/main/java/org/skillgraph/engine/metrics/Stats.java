package org.skillgraph.engine.metrics;

import java.util.List;

/** Small summaries, rounded to 3 decimals for display; {@code null} where undefined. */
final class Stats {

    private Stats() {}

    /**
     * {@code value}, or {@code null} when it is about {@code people} people, some but fewer than {@code
     * minGroupSize}: then no figure may describe them, not even how many they are.
     */
    static Integer unlessFew(int people, int minGroupSize, int value) {
        return people > 0 && people < minGroupSize ? null : value;
    }

    static Double ratio(int part, int whole) {
        return whole == 0 ? null : round((double) part / whole);
    }

    static Double mean(List<Integer> values) {
        return values.isEmpty()
                ? null
                : round(values.stream().mapToInt(Integer::intValue).average().orElseThrow());
    }

    /** The middle value, or the mean of the two middle values. */
    static Double median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        var sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
