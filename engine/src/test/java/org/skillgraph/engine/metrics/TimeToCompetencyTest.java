package org.skillgraph.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.evidence.EvidenceRecord;
import org.skillgraph.engine.evidence.EvidenceSource;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;

/** The arithmetic of time to competency and retention on hand-made histories, without a database. */
class TimeToCompetencyTest {

    private static final LocalDate SINCE = LocalDate.of(2026, 1, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 31);

    /** Role r needs a at 3 (essential) and b at 2 (not essential). */
    private static final CurriculumSnapshot SNAPSHOT = CurriculumSnapshot.builder(1)
            .skill("a", "A")
            .skill("b", "B")
            .role("r", "R", null, 2)
            .needs("r", "a", 3, 5, true)
            .needs("r", "b", 2, 3, false)
            .build();

    private static PersonHistory person(List<EvidenceRecord> evidence, List<PersonHistory.CoachingSpell> coached) {
        return new PersonHistory("p", null, "r", SINCE, evidence, List.of(), List.of(), List.of(), coached);
    }

    private static EvidenceRecord evidence(EvidenceSource source, int level, String at) {
        return EvidenceRecord.of("a", source, level, LocalDate.parse(at));
    }

    private static TimeToCompetency.Outcome outcome(PersonHistory person, MetricsSettings settings) {
        return TimeToCompetency.outcome(PersonFacts.of(person, 0, SNAPSHOT, settings), TODAY)
                .orElseThrow();
    }

    @Test
    void shouldWaitOnlyForTheEssentialLevels() {
        // a reaches 3 on 02-10 (40 days after 01-01); b is never evidenced but is not essential.
        var outcome = outcome(
                person(List.of(evidence(EvidenceSource.ASSESSMENT, 3, "2026-02-10")), List.of()),
                MetricsSettings.defaults());

        assertThat(outcome).isEqualTo(new TimeToCompetency.Outcome(40, true, false));
    }

    @Test
    void shouldNotLetASelfRatingOutrankAnAssessment() {
        // Assessed at 2 on 01-05; a self-rating of 4 on 01-20 does not count while the assessment does; the
        // assessment at 3 on 03-01 (59 days) does.
        var outcome = outcome(
                person(
                        List.of(
                                evidence(EvidenceSource.ASSESSMENT, 2, "2026-01-05"),
                                evidence(EvidenceSource.SELF, 4, "2026-01-20"),
                                evidence(EvidenceSource.ASSESSMENT, 3, "2026-03-01")),
                        List.of()),
                MetricsSettings.defaults());

        assertThat(outcome.days()).isEqualTo(59);
        assertThat(outcome.reached()).isTrue();
    }

    @Test
    void shouldCountEvidenceHeldBeforeTheTargetUnlessItDecayedBelowTheNeed() {
        // Level 3 shown in 2025-03: competent on the day the target was set, while fresh. With a 6-month refresh
        // period the level counts as 2 by then, and the person is censored at 364 days.
        var held = person(List.of(evidence(EvidenceSource.IMPORT, 3, "2025-03-01")), List.of());
        var shortRefresh =
                new MetricsSettings(LevelRules.defaults().withRefreshAfter(Period.ofMonths(6)), 3, 30, 60, List.of(90));

        assertThat(outcome(held, MetricsSettings.defaults())).isEqualTo(new TimeToCompetency.Outcome(0, true, false));
        assertThat(outcome(held, shortRefresh)).isEqualTo(new TimeToCompetency.Outcome(364, false, false));
    }

    @Test
    void shouldCountCoachingOnlyWhenThePairRanDuringTheWait() {
        var reached = List.of(evidence(EvidenceSource.ASSESSMENT, 3, "2026-02-10"));
        var before = new PersonHistory.CoachingSpell(
                "c", LocalDate.parse("2025-06-01"), LocalDate.parse("2025-12-31"), List.of());
        var after = new PersonHistory.CoachingSpell("c", LocalDate.parse("2026-02-11"), null, List.of());
        var during = new PersonHistory.CoachingSpell("c", LocalDate.parse("2025-12-01"), null, List.of());

        assertThat(outcome(person(reached, List.of(before, after)), MetricsSettings.defaults())
                        .coached())
                .isFalse();
        assertThat(outcome(person(reached, List.of(during)), MetricsSettings.defaults())
                        .coached())
                .isTrue();
    }

    @Test
    void shouldLeaveOutPeopleWithoutADatedTarget() {
        var undated = new PersonHistory("p", null, "r", null, List.of(), List.of(), List.of(), List.of(), List.of());
        var unknownRole =
                new PersonHistory("p", null, "gone", SINCE, List.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(TimeToCompetency.outcome(PersonFacts.of(undated, 0, SNAPSHOT, MetricsSettings.defaults()), TODAY))
                .isEmpty();
        assertThat(TimeToCompetency.outcome(
                        PersonFacts.of(unknownRole, 0, SNAPSHOT, MetricsSettings.defaults()), TODAY))
                .isEmpty();
    }

    @Test
    void shouldCountALevelLostToDecayAsNotRetained() {
        // Reached 3 on 2026-01-10 and never refreshed: with a 100-day refresh period it counts 2 from day 101,
        // so it is retained at 90 days and lost at 180; 365 days are not yet observable on 12-31.
        var settings = new MetricsSettings(
                LevelRules.defaults().withRefreshAfter(Period.ofDays(100)), 1, 30, 60, List.of(90, 180, 365));
        var person = person(List.of(evidence(EvidenceSource.ASSESSMENT, 3, "2026-01-10")), List.of());

        var report = Retention.compute(List.of(person), TODAY, MetricsFilter.everyone(), settings);

        assertThat(report.levelsReached()).isEqualTo(1);
        assertThat(report.horizons())
                .containsExactly(
                        new RetentionReport.Horizon(90, false, 1, 1, 1.0, 1),
                        new RetentionReport.Horizon(180, false, 1, 0, 0.0, 1),
                        new RetentionReport.Horizon(365, true, null, null, null, null));
    }
}
