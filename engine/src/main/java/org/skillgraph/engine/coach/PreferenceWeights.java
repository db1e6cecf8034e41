package org.skillgraph.engine.coach;

/**
 * Weights of the preference components, each added to a breakdown only when its preference is set (default 0.05
 * each): {@code format}, {@code language}, {@code timezone}, {@code department} (the learner's), {@code wantsToCoach}
 * and {@code availability} (the coach's).
 */
public record PreferenceWeights(
        double format, double language, double timezone, double department, double wantsToCoach, double availability) {

    public PreferenceWeights {
        for (double w : new double[] {format, language, timezone, department, wantsToCoach, availability}) {
            if (!(w >= 0 && w <= ScoreWeights.MAX_WEIGHT)) {
                throw new IllegalArgumentException(
                        "preference weights must be between 0 and " + ScoreWeights.MAX_WEIGHT + ", was " + w);
            }
        }
    }

    public static PreferenceWeights defaults() {
        return new PreferenceWeights(0.05, 0.05, 0.05, 0.05, 0.05, 0.05);
    }
}
