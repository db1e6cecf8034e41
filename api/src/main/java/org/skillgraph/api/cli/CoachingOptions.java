package org.skillgraph.api.cli;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.skillgraph.engine.coach.CoachingSettings;
import org.skillgraph.engine.coach.PreferenceWeights;
import org.skillgraph.engine.coach.ScoreWeights;
import org.skillgraph.engine.mentoring.MentoringSettings;
import picocli.CommandLine.Option;

/** How peer coaches are matched: {@code serve}'s {@code --coach-*} options, each defaulting as documented. */
final class CoachingOptions {

    private static final Set<String> COMPONENTS = Set.of(
            "coverage",
            "surplus",
            "evidenceSource",
            "recency",
            "proximity",
            "place",
            "load",
            "format",
            "language",
            "timezone",
            "department",
            "wantsToCoach",
            "availability");

    @Option(
            names = "--coach-threshold",
            defaultValue = "" + CoachingSettings.DEFAULT_THRESHOLD,
            description = "Lowest level (1-5) a coach must hold of a skill, whatever the learner needs"
                    + " (default: ${DEFAULT-VALUE}).")
    int threshold;

    @Option(
            names = "--coach-evidence-age",
            defaultValue = "P24M",
            converter = PeriodConverter.class,
            description = "Evidence older than this, as an ISO-8601 period, does not qualify a coach"
                    + " (default: ${DEFAULT-VALUE}).")
    Period evidenceAge;

    @Option(
            names = "--coach-include-management-line",
            description = "Also propose a learner's managers and reports as coaches (left out by default).")
    boolean includeManagementLine;

    @Option(
            names = "--coach-max-per-learner",
            defaultValue = "" + CoachingSettings.DEFAULT_MAX_COACHES_PER_LEARNER,
            description = "Most coaches a cohort assignment gives one learner, active pairs included"
                    + " (default: ${DEFAULT-VALUE}).")
    int maxPerLearner;

    @Option(
            names = "--coach-pool-per-skill",
            defaultValue = "" + CoachingSettings.DEFAULT_POOL_PER_SKILL,
            description = "Best candidates per gap skill of each learner a cohort assignment considers; the"
                    + " optimum is exact over these (default: ${DEFAULT-VALUE}).")
    int poolPerSkill;

    @Option(
            names = "--coach-evidence-tier",
            defaultValue = "" + CoachingSettings.DEFAULT_EVIDENCE_TIER,
            description = "Weakest evidence tier whose level can make a coach: 0 verified evidence only, 1 also peer"
                    + " feedback, 2 also a self-rating (default: ${DEFAULT-VALUE}, no self-rated levels).")
    int evidenceTier;

    @Option(
            names = "--coach-weight",
            paramLabel = "COMPONENT=WEIGHT",
            description =
                    "Weight (0-10) of a score component, repeatable: coverage (0.35), surplus (0.10),"
                            + " evidenceSource (0.15), recency (0.10), proximity (0.10), place (0.10), load (0.10); and, where a"
                            + " preference is set, format, language, timezone, department, wantsToCoach, availability (0.05 each).")
    Map<String, Double> weights = new LinkedHashMap<>();

    @Option(
            names = "--coach-source-weight",
            paramLabel = "SOURCE=TRUST",
            description = "Trust (0-1) in an evidence source, repeatable; defaults: assessment 1.0, badge 0.9,"
                    + " manager 0.8, completion 0.7, peer 0.6, import 0.5, self 0.4; other sources 0.4.")
    Map<String, Double> sourceWeights = new LinkedHashMap<>();

    @Option(
            names = "--coach-request-expiry",
            defaultValue = "P14D",
            description = "A coaching request nobody accepts or declines expires after this ISO-8601 duration and frees"
                    + " the place it held (default: ${DEFAULT-VALUE}).")
    java.time.Duration requestExpiry;

    @Option(
            names = "--coach-due-after-days",
            defaultValue = "" + MentoringSettings.DEFAULT_DUE_AFTER_DAYS,
            description = "An active pair with no check-in for this many days is listed as due (default:"
                    + " ${DEFAULT-VALUE}).")
    int dueAfterDays;

    /** The mentoring programme these options describe. @throws IllegalArgumentException naming the option */
    MentoringSettings mentoring() {
        if (requestExpiry.isNegative() || requestExpiry.isZero()) {
            throw new IllegalArgumentException("--coach-request-expiry must be positive, was " + requestExpiry);
        }
        if (dueAfterDays < 1) {
            throw new IllegalArgumentException("--coach-due-after-days must be 1 or more, was " + dueAfterDays);
        }
        var d = MentoringSettings.defaults();
        return new MentoringSettings(requestExpiry, dueAfterDays, d.minEffectSample(), d.goalHorizonDays());
    }

    /**
     * The settings these options describe.
     *
     * @throws IllegalArgumentException naming the option that is out of range or unknown
     */
    CoachingSettings settings() {
        weights.keySet().forEach(name -> {
            if (!COMPONENTS.contains(name)) {
                throw new IllegalArgumentException("--coach-weight: unknown component '" + name + "'; known: "
                        + String.join(", ", new java.util.TreeSet<>(COMPONENTS)));
            }
        });
        var d = ScoreWeights.defaults();
        var w = new ScoreWeights(
                weights.getOrDefault("coverage", d.coverage()),
                weights.getOrDefault("surplus", d.surplus()),
                weights.getOrDefault("evidenceSource", d.evidenceSource()),
                weights.getOrDefault("recency", d.recency()),
                weights.getOrDefault("proximity", d.proximity()),
                weights.getOrDefault("place", d.place()),
                weights.getOrDefault("load", d.load()));
        var sources = new LinkedHashMap<>(CoachingSettings.DEFAULT_SOURCE_WEIGHTS);
        sources.putAll(sourceWeights);
        if (evidenceTier < 0 || evidenceTier > 2) {
            throw new IllegalArgumentException("--coach-evidence-tier must be 0, 1 or 2, was " + evidenceTier);
        }
        var p = PreferenceWeights.defaults();
        var preferences = new PreferenceWeights(
                weights.getOrDefault("format", p.format()),
                weights.getOrDefault("language", p.language()),
                weights.getOrDefault("timezone", p.timezone()),
                weights.getOrDefault("department", p.department()),
                weights.getOrDefault("wantsToCoach", p.wantsToCoach()),
                weights.getOrDefault("availability", p.availability()));
        return new CoachingSettings(
                threshold,
                evidenceAge,
                !includeManagementLine,
                maxPerLearner,
                poolPerSkill,
                w,
                sources,
                evidenceTier,
                preferences);
    }
}
