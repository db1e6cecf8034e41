package org.skillgraph.engine.coach;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Scores one coach for one learner. Every component is a value in [0, 1]; the score is Σ weight × value
 * (see {@link ScoreWeights}), each contribution rounded to 4 decimals:
 *
 * <ul>
 *   <li>{@code coverage}: Σ importance of the gap skills covered ÷ Σ importance of all gap skills;
 *   <li>{@code surplus}: mean over covered skills of (coach level − level needed) ÷ (5 − level needed), 0 when
 *       the level needed is 5;
 *   <li>{@code evidenceSource}: mean trust in the sources of the coach's evidence ({@link
 *       CoachingSettings#sourceWeight});
 *   <li>{@code recency}: mean over covered skills of 1 − age of the evidence ÷ maximum age;
 *   <li>{@code proximity}: 1 within two steps over {@code REPORTS_TO} (same manager), else 2 ÷ steps; 0 in
 *       another reporting tree;
 *   <li>{@code place}: 1 in the same location, else the overlap of 09:00–17:00 working days across the two time
 *       zones ÷ 8 hours; 0 when a time zone is unknown;
 *   <li>{@code load}: free coaching places ÷ capacity;
 *   <li>where either side set preferences, one component per preference ({@link PreferenceScorer}).
 * </ul>
 */
final class CoachScorer {

    /** Scores are compared in integer units of 10⁻⁴ (their displayed precision). */
    static final long UNITS = 10_000;

    private final CoachingSettings settings;
    private final PreferenceScorer preferences;
    /** The most all preference components can add together. */
    private final double preferenceBound;

    CoachScorer(CoachingSettings settings) {
        this.settings = settings;
        this.preferences = new PreferenceScorer(settings.preferenceWeights());
        var p = settings.preferenceWeights();
        this.preferenceBound = contribution(1, p.format())
                + contribution(1, p.language())
                + contribution(1, p.timezone())
                + contribution(1, p.department())
                + contribution(1, p.wantsToCoach())
                + contribution(1, p.availability());
    }

    /** A covered gap skill and the coach's evidence for it. */
    record Match(CoachNeed need, Evidence evidence) {}

    /**
     * The score alone, as {@link #explain} would give it, without building the breakdown's sentences: ranking a
     * cohort scores hundreds of thousands of pairs and explains only the ones it returns.
     */
    double score(LearnerContext learner, List<CoachNeed> needs, PoolCoach coach, List<Match> covered, LocalDate today) {
        var w = settings.weights();
        double sum = contribution(coverageValue(needs, covered), w.coverage())
                + contribution(surplusValue(covered), w.surplus())
                + contribution(sourceValue(covered), w.evidenceSource())
                + contribution(recencyValue(covered, today), w.recency())
                + contribution(proximityValue(learner, coach), w.proximity())
                + contribution(placeValue(learner, coach, today), w.place())
                + contribution(loadValue(coach), w.load());
        for (var c : preferences.components(learner, coach, covered, today)) {
            sum += c.contribution();
        }
        return round(sum);
    }

    /**
     * A bound no lower than {@link #score} for the same arguments, without the components that cost most: proximity,
     * place and every preference count as fully met. Each contribution is monotone in its value (values in [0, 1],
     * weights ≥ 0, rounding monotone) and the terms are added in the score's order, so {@code score ≤ bound} holds in
     * floating point too; the tiny margin absorbs the last rounding of a sum that lands on a half unit.
     */
    double upperBound(List<CoachNeed> needs, PoolCoach coach, List<Match> covered, LocalDate today) {
        var w = settings.weights();
        double sum = contribution(coverageValue(needs, covered), w.coverage())
                + contribution(surplusValue(covered), w.surplus())
                + contribution(sourceValue(covered), w.evidenceSource())
                + contribution(recencyValue(covered, today), w.recency())
                + contribution(1, w.proximity())
                + contribution(1, w.place())
                + contribution(loadValue(coach), w.load());
        sum += preferenceBound;
        return round(sum + 1e-9);
    }

    /** The candidate with its score and the breakdown that explains it. */
    CoachCandidate explain(
            LearnerContext learner, List<CoachNeed> needs, PoolCoach coach, List<Match> covered, LocalDate today) {
        var w = settings.weights();
        var breakdown = new ArrayList<ScoreComponent>(7);
        breakdown.add(coverage(needs, covered, w.coverage()));
        breakdown.add(surplus(covered, w.surplus()));
        breakdown.add(source(covered, w.evidenceSource()));
        breakdown.add(recency(covered, today, w.recency()));
        breakdown.add(proximity(learner, coach, w.proximity()));
        breakdown.add(place(learner, coach, today, w.place()));
        breakdown.add(component(
                "load",
                loadValue(coach),
                w.load(),
                coach.remaining() + " of " + coach.capacity() + " coaching places free"));
        breakdown.addAll(preferences.components(learner, coach, covered, today));
        double score = round(
                breakdown.stream().mapToDouble(ScoreComponent::contribution).sum());
        var skills = covered.stream()
                .map(m -> new CoveredSkill(
                        m.need().skillId(),
                        m.need().name(),
                        m.need().learnerLevel(),
                        m.need().requiredLevel(),
                        m.evidence().level(),
                        m.evidence().source(),
                        m.evidence().at(),
                        m.evidence().heldAs()))
                .toList();
        return new CoachCandidate(coach.profile(), score, coach.remaining(), skills, breakdown);
    }

    private static double contribution(double value, double weight) {
        return round(round(value) * weight);
    }

    private static double coverageValue(List<CoachNeed> needs, List<Match> covered) {
        int all = 0;
        for (var n : needs) {
            all += n.importance();
        }
        int got = 0;
        for (var m : covered) {
            got += m.need().importance();
        }
        return all == 0 ? 0 : (double) got / all;
    }

    private static double surplusValue(List<Match> covered) {
        double sum = 0;
        for (var m : covered) {
            int above = m.evidence().level() - m.need().minCoachLevel();
            sum += m.need().minCoachLevel() >= 5
                    ? 0
                    : (double) above / (5 - m.need().minCoachLevel());
        }
        return sum / covered.size();
    }

    private double sourceValue(List<Match> covered) {
        double sum = 0;
        for (var m : covered) {
            sum += settings.sourceWeight(m.evidence().source());
        }
        return sum / covered.size();
    }

    private long recencyLimit(LocalDate today) {
        return ChronoUnit.DAYS.between(today.minus(settings.maxEvidenceAge()), today);
    }

    private double recencyValue(List<Match> covered, LocalDate today) {
        long limit = recencyLimit(today);
        double sum = 0;
        for (var m : covered) {
            long age = Math.max(0, ChronoUnit.DAYS.between(m.evidence().at(), today));
            sum += Math.max(0, 1 - (double) age / limit);
        }
        return sum / covered.size();
    }

    private static double proximityValue(LearnerContext learner, PoolCoach coach) {
        int steps = OrgDistance.between(learner.chain(), coach.chain());
        return steps == OrgDistance.UNRELATED ? 0 : steps <= 2 ? 1 : 2.0 / steps;
    }

    private static double placeValue(LearnerContext learner, PoolCoach coach, LocalDate today) {
        var location = coach.profile().location();
        if (location != null && location.equalsIgnoreCase(learner.location())) {
            return 1;
        }
        var overlap = WorkingHours.overlap(
                learner.timezone(),
                coach.profile().timezone(),
                today.atTime(12, 0).toInstant(ZoneOffset.UTC));
        return overlap.isEmpty() ? 0 : overlap.getAsDouble() / WorkingHours.DAY;
    }

    private static double loadValue(PoolCoach coach) {
        return coach.capacity() == 0 ? 0 : (double) coach.remaining() / coach.capacity();
    }

    private static ScoreComponent coverage(List<CoachNeed> needs, List<Match> covered, double weight) {
        int all = needs.stream().mapToInt(CoachNeed::importance).sum();
        int got = covered.stream().mapToInt(m -> m.need().importance()).sum();
        return component(
                "coverage",
                coverageValue(needs, covered),
                weight,
                "covers " + covered.size() + " of " + needs.size() + " gap skills (importance " + got + " of " + all
                        + ")");
    }

    private static ScoreComponent surplus(List<Match> covered, double weight) {
        double levels = 0;
        for (var m : covered) {
            levels += m.evidence().level() - m.need().minCoachLevel();
        }
        return component(
                "surplus",
                surplusValue(covered),
                weight,
                "on average " + decimal(levels / covered.size()) + " level(s) above the level needed");
    }

    private ScoreComponent source(List<Match> covered, double weight) {
        var sources = covered.stream()
                .map(m -> m.need().skillId() + ": "
                        + (m.evidence().source() == null
                                ? "unknown"
                                : m.evidence().source()))
                .collect(Collectors.joining(", "));
        return component("evidenceSource", sourceValue(covered), weight, sources);
    }

    private ScoreComponent recency(List<Match> covered, LocalDate today, double weight) {
        long limit = recencyLimit(today);
        long days = 0;
        for (var m : covered) {
            days += Math.max(0, ChronoUnit.DAYS.between(m.evidence().at(), today));
        }
        return component(
                "recency",
                recencyValue(covered, today),
                weight,
                "evidence on average " + days / covered.size() + " days old (counts for " + limit + " days)");
    }

    private static ScoreComponent proximity(LearnerContext learner, PoolCoach coach, double weight) {
        int steps = OrgDistance.between(learner.chain(), coach.chain());
        if (steps == OrgDistance.UNRELATED) {
            return component("proximity", 0, weight, "in another reporting tree");
        }
        return component(
                "proximity",
                proximityValue(learner, coach),
                weight,
                steps + " step(s) apart over REPORTS_TO (2 = same manager)");
    }

    private static ScoreComponent place(LearnerContext learner, PoolCoach coach, LocalDate today, double weight) {
        var location = coach.profile().location();
        if (location != null && location.equalsIgnoreCase(learner.location())) {
            return component("place", 1, weight, "same location (" + location + ")");
        }
        var overlap = WorkingHours.overlap(
                learner.timezone(),
                coach.profile().timezone(),
                today.atTime(12, 0).toInstant(ZoneOffset.UTC));
        if (overlap.isEmpty()) {
            return component("place", 0, weight, "time zone unknown");
        }
        return component(
                "place",
                placeValue(learner, coach, today),
                weight,
                "working days overlap " + decimal(overlap.getAsDouble()) + " of 8 hours (" + learner.timezone() + ", "
                        + coach.profile().timezone() + ")");
    }

    private static ScoreComponent component(String name, double value, double weight, String reason) {
        double v = round(value);
        return new ScoreComponent(name, v, weight, round(v * weight), reason);
    }

    static double round(double value) {
        return Math.round(value * UNITS) / (double) UNITS;
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
