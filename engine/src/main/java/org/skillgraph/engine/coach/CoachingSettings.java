package org.skillgraph.engine.coach;

import java.time.Period;
import java.util.Map;
import java.util.Objects;

/**
 * How peer coaches are matched. Built once by the composition root; {@link #defaults()} documents every
 * default in one place.
 *
 * @param threshold lowest level a coach must hold of a skill, whatever the learner needs (default {@value
 *     #DEFAULT_THRESHOLD}, practitioner)
 * @param maxEvidenceAge evidence older than this does not count (default 24 months); evidence without a date
 *     never counts
 * @param excludeManagementLine whether a learner's managers (up the reporting line) and reports (down it) are
 *     left out (default true: coaching is not line management)
 * @param maxCoachesPerLearner most coaches a learner gets from a cohort assignment, active pairs included (default
 *     {@value #DEFAULT_MAX_COACHES_PER_LEARNER})
 * @param poolPerSkill when assigning a cohort, how many of a learner's best candidates per gap skill the solver
 *     considers (default {@value #DEFAULT_POOL_PER_SKILL}); the optimum is exact over these pools
 * @param weights weights of the score components
 * @param sourceWeights trust in each evidence source, 0–1; sources not listed get {@value #UNKNOWN_SOURCE_WEIGHT}
 * @param evidenceTier the weakest evidence tier ({@code LevelRules}: 0 verified, 1 peer feedback, 2 self-rating)
 *     whose level can make a coach (default {@value #DEFAULT_EVIDENCE_TIER}: no level resting on a self-rating
 *     alone); a level's tier is that of the evidence deciding it, so a self-rating beside an assessment never
 *     counts over it
 * @param preferenceWeights weights of the preference components, added only where a preference is set
 */
public record CoachingSettings(
        int threshold,
        Period maxEvidenceAge,
        boolean excludeManagementLine,
        int maxCoachesPerLearner,
        int poolPerSkill,
        ScoreWeights weights,
        Map<String, Double> sourceWeights,
        int evidenceTier,
        PreferenceWeights preferenceWeights) {

    public static final int DEFAULT_THRESHOLD = 3;
    public static final int DEFAULT_EVIDENCE_TIER = 1;
    public static final int DEFAULT_MAX_COACHES_PER_LEARNER = 2;
    public static final int DEFAULT_POOL_PER_SKILL = 25;
    public static final double UNKNOWN_SOURCE_WEIGHT = 0.4;

    /** Assessment over badge over manager and completion over peer over import over self. */
    public static final Map<String, Double> DEFAULT_SOURCE_WEIGHTS = Map.of(
            "assessment", 1.0,
            "badge", 0.9,
            "manager", 0.8,
            "completion", 0.7,
            "peer", 0.6,
            "import", 0.5,
            "self", 0.4);

    /** With the default preference weights. */
    public CoachingSettings(
            int threshold,
            Period maxEvidenceAge,
            boolean excludeManagementLine,
            int maxCoachesPerLearner,
            int poolPerSkill,
            ScoreWeights weights,
            Map<String, Double> sourceWeights,
            int evidenceTier) {
        this(
                threshold,
                maxEvidenceAge,
                excludeManagementLine,
                maxCoachesPerLearner,
                poolPerSkill,
                weights,
                sourceWeights,
                evidenceTier,
                PreferenceWeights.defaults());
    }

    /** With the default evidence tier. */
    public CoachingSettings(
            int threshold,
            Period maxEvidenceAge,
            boolean excludeManagementLine,
            int maxCoachesPerLearner,
            int poolPerSkill,
            ScoreWeights weights,
            Map<String, Double> sourceWeights) {
        this(
                threshold,
                maxEvidenceAge,
                excludeManagementLine,
                maxCoachesPerLearner,
                poolPerSkill,
                weights,
                sourceWeights,
                DEFAULT_EVIDENCE_TIER);
    }

    public CoachingSettings {
        if (evidenceTier < 0) {
            throw new IllegalArgumentException("evidenceTier must be 0 or more, was " + evidenceTier);
        }
        if (threshold < 1 || threshold > 5) {
            throw new IllegalArgumentException("threshold must be a level from 1 to 5, was " + threshold);
        }
        Objects.requireNonNull(maxEvidenceAge, "maxEvidenceAge");
        if (maxEvidenceAge.isNegative() || maxEvidenceAge.isZero()) {
            throw new IllegalArgumentException("maxEvidenceAge must be positive, was " + maxEvidenceAge);
        }
        if (maxCoachesPerLearner < 1) {
            throw new IllegalArgumentException("maxCoachesPerLearner must be at least 1, was " + maxCoachesPerLearner);
        }
        if (poolPerSkill < 1) {
            throw new IllegalArgumentException("poolPerSkill must be at least 1, was " + poolPerSkill);
        }
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(preferenceWeights, "preferenceWeights");
        sourceWeights = Map.copyOf(sourceWeights);
        sourceWeights.forEach((source, w) -> {
            if (!(w >= 0 && w <= 1)) {
                throw new IllegalArgumentException("weight of source " + source + " must be between 0 and 1, was " + w);
            }
        });
    }

    public static CoachingSettings defaults() {
        return new CoachingSettings(
                DEFAULT_THRESHOLD,
                Period.ofMonths(24),
                true,
                DEFAULT_MAX_COACHES_PER_LEARNER,
                DEFAULT_POOL_PER_SKILL,
                ScoreWeights.defaults(),
                DEFAULT_SOURCE_WEIGHTS,
                DEFAULT_EVIDENCE_TIER);
    }

    /** The same settings with another evidence tier for coach eligibility. */
    public CoachingSettings withEvidenceTier(int tier) {
        return new CoachingSettings(
                threshold,
                maxEvidenceAge,
                excludeManagementLine,
                maxCoachesPerLearner,
                poolPerSkill,
                weights,
                sourceWeights,
                tier,
                preferenceWeights);
    }

    /** The same settings with other preference weights. */
    public CoachingSettings withPreferenceWeights(PreferenceWeights other) {
        return new CoachingSettings(
                threshold,
                maxEvidenceAge,
                excludeManagementLine,
                maxCoachesPerLearner,
                poolPerSkill,
                weights,
                sourceWeights,
                evidenceTier,
                other);
    }

    /** Trust in an evidence source ({@code null} or unlisted: {@value #UNKNOWN_SOURCE_WEIGHT}). */
    public double sourceWeight(String source) {
        return source == null ? UNKNOWN_SOURCE_WEIGHT : sourceWeights.getOrDefault(source, UNKNOWN_SOURCE_WEIGHT);
    }
}
