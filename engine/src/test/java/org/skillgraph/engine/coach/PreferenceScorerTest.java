package org.skillgraph.engine.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Preferences as soft constraints: a component per preference set, none otherwise, the same score without them. */
class PreferenceScorerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    private static final CoachNeed SQL = new CoachNeed("sql", "SQL", 2, 4, 4, 5, -1);
    private static final List<String> CHAIN = List.of("coach", "ceo");

    private final CoachMatcher matcher = new CoachMatcher(CoachingSettings.defaults());

    @Test
    void shouldAddNothingWithoutPreferences() {
        var plain = new LearnerContext("learner", "Dublin", "Europe/Dublin", List.of("learner", "m"), Map.of());

        var candidate = rank(plain, coach("Finance", CoachingPreferences.none()));

        assertThat(candidate.breakdown()).hasSize(7);
    }

    @Test
    void shouldScoreEachPreferenceThatIsSetAndAddItToTheScore() {
        var wants = new CoachingPreferences("in-person", List.of("Spanish"), null, true, List.of(), null, null);
        var learner = new LearnerContext(
                "learner", "Dublin", "Europe/Dublin", List.of("learner", "m"), Map.of(), "Data", wants);
        var offers = new CoachingPreferences(
                null, List.of("spanish", "English"), null, null, List.of("sql"), TODAY.plusDays(1), null);
        var plain = new LearnerContext("learner", "Dublin", "Europe/Dublin", List.of("learner", "m"), Map.of());

        var same = rank(learner, coach("Data", offers));
        var other = rank(learner, coach("Finance", offers));
        var base = rank(plain, coach("Finance", CoachingPreferences.none()));

        assertThat(same.breakdown())
                .extracting(ScoreComponent::component)
                .endsWith("format", "language", "department", "wantsToCoach", "availability");
        assertThat(value(same, "department")).isZero();
        assertThat(value(other, "department")).isEqualTo(1);
        assertThat(value(other, "language")).isEqualTo(1);
        assertThat(value(other, "format")).as("in person, another location").isZero();
        assertThat(value(other, "wantsToCoach")).isEqualTo(1);
        assertThat(value(other, "availability")).as("window opens tomorrow").isZero();
        assertThat(other.score()).isGreaterThan(same.score());
        double added = other.breakdown().stream()
                .filter(c -> List.of("format", "language", "department", "wantsToCoach", "availability")
                        .contains(c.component()))
                .mapToDouble(ScoreComponent::contribution)
                .sum();
        assertThat(other.score()).isCloseTo(base.score() + added, org.assertj.core.api.Assertions.within(1e-4));
    }

    private CoachCandidate rank(LearnerContext learner, PoolCoach coach) {
        return matcher.rank(learner, List.of(SQL), Map.of("sql", List.of(coach)), TODAY)
                .candidates()
                .get(0);
    }

    private static PoolCoach coach(String department, CoachingPreferences preferences) {
        return new PoolCoach(
                new CoachProfile("coach", "Coach", department, "Berlin", "Europe/Berlin"),
                2,
                0,
                CHAIN,
                Map.of("sql", new Evidence("sql", 5, "assessment", TODAY.minusMonths(3))),
                preferences);
    }

    private static double value(CoachCandidate candidate, String component) {
        return candidate.breakdown().stream()
                .filter(c -> c.component().equals(component))
                .findFirst()
                .orElseThrow()
                .value();
    }
}
