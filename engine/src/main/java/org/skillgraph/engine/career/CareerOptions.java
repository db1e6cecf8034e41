package org.skillgraph.engine.career;

import java.util.Locale;

/**
 * What a career-route request asks for.
 *
 * @param k how many routes, 1–{@value #MAX_K}
 * @param inferredMoves whether moves between roles with overlapping profiles count besides LEADS_TO
 * @param minOverlap for inferred moves: the share of the target profile the source profile must already
 *     cover ({@link ProfileOverlap#coverage}), in (0, 1]; rounded to hundredths, which bounds how many
 *     thresholds the per-snapshot cache of inferred moves can hold
 * @param weighting what a move weighs when routes are ranked ({@link Weighting})
 * @param alpha for {@link Weighting#BLEND}: how far a move people always make is discounted, in [0, 1]
 */
public record CareerOptions(int k, boolean inferredMoves, double minOverlap, Weighting weighting, double alpha) {

    /** Routes returned when the caller does not say. */
    public static final int DEFAULT_K = 3;

    /** Largest {@code k} served: Yen's algorithm runs one shortest-path search per deviation. */
    public static final int MAX_K = 10;

    /** Coverage an inferred move needs when the caller does not say. */
    public static final double DEFAULT_MIN_OVERLAP = 0.7;

    /** Discount of the blend when the caller does not say. */
    public static final double DEFAULT_ALPHA = 0.5;

    /**
     * What a move weighs, with {@code share} the part of the people who left its source role that made this very
     * move ({@link ObservedMove#share()}, 0 when suppressed or never seen).
     */
    public enum Weighting {
        /** Learning hours only: the default. */
        HOURS,
        /** {@code 1 − share}: routes of moves people actually make, whatever they cost to learn. */
        OBSERVED,
        /** {@code hours × (1 − alpha × share)}: learning hours, discounted for moves people make. */
        BLEND;

        /** The weight of a move of {@code hours} learning hours that {@code share} of its leavers made. */
        public double weight(double hours, double share, double alpha) {
            return switch (this) {
                case HOURS -> hours;
                case OBSERVED -> 1 - share;
                case BLEND -> hours * (1 - alpha * share);
            };
        }

        /** The name used in requests and answers. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public CareerOptions {
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ", was " + k);
        }
        minOverlap = Math.round(minOverlap * 100) / 100.0;
        if (!(minOverlap > 0 && minOverlap <= 1)) {
            throw new IllegalArgumentException("minOverlap must be in (0, 1], was " + minOverlap);
        }
        java.util.Objects.requireNonNull(weighting, "weighting");
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in [0, 1], was " + alpha);
        }
    }

    /** Ranked by learning hours only. */
    public CareerOptions(int k, boolean inferredMoves, double minOverlap) {
        this(k, inferredMoves, minOverlap, Weighting.HOURS, DEFAULT_ALPHA);
    }

    /** {@value #DEFAULT_K} routes over LEADS_TO moves only, ranked by learning hours. */
    public static CareerOptions defaults() {
        return new CareerOptions(DEFAULT_K, false, DEFAULT_MIN_OVERLAP);
    }

    /** The weight of {@code move} under these options. */
    double weight(CareerMove move) {
        return weighting.weight(move.hours(), move.observed().share(), alpha);
    }
}
