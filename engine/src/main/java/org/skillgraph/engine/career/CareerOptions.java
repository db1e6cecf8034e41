package org.skillgraph.engine.career;

/**
 * What a career-route request asks for.
 *
 * @param k how many routes, 1–{@value #MAX_K}
 * @param inferredMoves whether moves between roles with overlapping profiles count besides LEADS_TO
 * @param minOverlap for inferred moves: the share of the target profile the source profile must already
 *     cover ({@link ProfileOverlap#coverage}), in (0, 1]; rounded to hundredths, which bounds how many
 *     thresholds the per-snapshot cache of inferred moves can hold
 */
public record CareerOptions(int k, boolean inferredMoves, double minOverlap) {

    /** Routes returned when the caller does not say. */
    public static final int DEFAULT_K = 3;

    /** Largest {@code k} served: Yen's algorithm runs one shortest-path search per deviation. */
    public static final int MAX_K = 10;

    /** Coverage an inferred move needs when the caller does not say. */
    public static final double DEFAULT_MIN_OVERLAP = 0.7;

    public CareerOptions {
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ", was " + k);
        }
        minOverlap = Math.round(minOverlap * 100) / 100.0;
        if (!(minOverlap > 0 && minOverlap <= 1)) {
            throw new IllegalArgumentException("minOverlap must be in (0, 1], was " + minOverlap);
        }
    }

    /** {@value #DEFAULT_K} routes over LEADS_TO moves only. */
    public static CareerOptions defaults() {
        return new CareerOptions(DEFAULT_K, false, DEFAULT_MIN_OVERLAP);
    }
}
