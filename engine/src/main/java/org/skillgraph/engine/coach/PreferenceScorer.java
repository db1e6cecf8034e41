package org.skillgraph.engine.coach;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * The preference components of a coach's score, one per preference either side has set; none when nobody set any,
 * so the breakdown and the score stay as without preferences.
 */
final class PreferenceScorer {

    private final PreferenceWeights weights;

    PreferenceScorer(PreferenceWeights weights) {
        this.weights = weights;
    }

    List<ScoreComponent> components(
            LearnerContext learner, PoolCoach coach, List<CoachScorer.Match> covered, LocalDate today) {
        var out = new ArrayList<ScoreComponent>();
        var wants = learner.preferences();
        var offers = coach.preferences();
        if (wants.format() != null) {
            boolean remote = CoachingPreferences.REMOTE.equals(wants.format());
            var location = coach.profile().location();
            boolean together = location != null && location.equalsIgnoreCase(learner.location());
            out.add(component(
                    "format",
                    remote || together ? 1 : 0,
                    weights.format(),
                    remote
                            ? "remote: any location"
                            : together ? "in person: same location" : "in person: another location"));
        }
        if (!wants.languages().isEmpty()) {
            var shared = new HashSet<>(lower(wants.languages()));
            shared.retainAll(lower(offers.languages()));
            out.add(component(
                    "language",
                    shared.isEmpty() ? 0 : 1,
                    weights.language(),
                    shared.isEmpty()
                            ? "no language in common"
                            : "speaks "
                                    + String.join(", ", shared.stream().sorted().toList())));
        }
        if (wants.timezone() != null) {
            var overlap = WorkingHours.overlap(
                    wants.timezone(),
                    coach.profile().timezone(),
                    today.atTime(12, 0).toInstant(ZoneOffset.UTC));
            double value = overlap.isEmpty() ? 0 : overlap.getAsDouble() / WorkingHours.DAY;
            out.add(component(
                    "timezone",
                    value,
                    weights.timezone(),
                    overlap.isEmpty()
                            ? "time zone unknown"
                            : "working days overlap " + String.format(Locale.ROOT, "%.1f", overlap.getAsDouble())
                                    + " of 8 hours with " + wants.timezone()));
        }
        if (Boolean.TRUE.equals(wants.otherDepartment())) {
            var department = coach.profile().department();
            boolean other = department == null || !department.equals(learner.department());
            out.add(component(
                    "department",
                    other ? 1 : 0,
                    weights.department(),
                    other ? "another department" : "the same department"));
        }
        if (!offers.wantsToCoach().isEmpty()) {
            long wanted = covered.stream()
                    .filter(m -> offers.wantsToCoach().contains(m.need().skillId()))
                    .count();
            out.add(component(
                    "wantsToCoach",
                    (double) wanted / covered.size(),
                    weights.wantsToCoach(),
                    "wants to coach " + wanted + " of the " + covered.size() + " skill(s) covered"));
        }
        if (offers.hasWindow()) {
            boolean open = (offers.availableFrom() == null || !today.isBefore(offers.availableFrom()))
                    && (offers.availableUntil() == null || !today.isAfter(offers.availableUntil()));
            out.add(component(
                    "availability",
                    open ? 1 : 0,
                    weights.availability(),
                    (open ? "available" : "not available") + " today (" + window(offers) + ")"));
        }
        return out;
    }

    private static String window(CoachingPreferences p) {
        return (p.availableFrom() == null ? "…" : p.availableFrom().toString()) + " to "
                + (p.availableUntil() == null ? "…" : p.availableUntil().toString());
    }

    private static List<String> lower(List<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
    }

    private static ScoreComponent component(String name, double value, double weight, String reason) {
        double v = CoachScorer.round(value);
        return new ScoreComponent(name, v, weight, CoachScorer.round(v * weight), reason);
    }
}
