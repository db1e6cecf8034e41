package org.skillgraph.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.error.NotFoundException;

/** Every figure below is worked out by hand from {@link MetricsFixture}'s history (today 2026-06-30). */
class MetricsServiceIT {

    private static final MetricsFilter COHORT = new MetricsFilter(null, "c-test", null);

    private static MetricsService metrics;

    @BeforeAll
    static void load() {
        MetricsFixture.load();
        metrics = MetricsFixture.service();
    }

    @Test
    void shouldEstimateTimeToCompetencyWithTheNotYetCompetentCensored() {
        // Observed (days, reached): p2 (20, yes), p4 (31, yes: SQL held since 2025, statistics from 04-01),
        // p1 (60, yes), p5 (60, no), p3 (149, no); p6 has no target. Kaplan–Meier: day 20: 1 of 5 → 0.8;
        // day 31: 1 of 4 → 0.6; day 60: 1 of 3 (p5, censored that day, still at risk) → 0.4.
        // Q1 = first ≤ 0.75 = 31, median = first ≤ 0.5 = 60, Q3 (≤ 0.25) undefined.
        var report = metrics.timeToCompetency(COHORT, null);

        assertThat(report.people()).isEqualTo(6);
        assertThat(report.notObserved()).isEqualTo(1);
        var all = report.all();
        assertThat(all.people()).isEqualTo(5);
        assertThat(all.reached()).isEqualTo(3);
        assertThat(all.censored()).isEqualTo(2);
        assertThat(all.firstQuartileDays()).isEqualTo(31L);
        assertThat(all.medianDays()).isEqualTo(60L);
        assertThat(all.thirdQuartileDays()).isNull();
        assertThat(all.curve()).extracting(KaplanMeier.Step::day).containsExactly(20L, 31L, 60L);
        assertThat(all.curve().get(2).waiting()).isCloseTo(0.4, org.assertj.core.api.Assertions.within(1e-9));
        // Buckets of 30 days: [0,30) p2; [30,60) p4; [60,90) p1 reached, p5 censored; [90,120) none; [120,150) p3.
        assertThat(all.distribution())
                .containsExactly(
                        new TimeToCompetencyReport.Bucket(0, 30, 1, 0),
                        new TimeToCompetencyReport.Bucket(30, 60, 1, 0),
                        new TimeToCompetencyReport.Bucket(60, 90, 1, 1),
                        new TimeToCompetencyReport.Bucket(90, 120, 0, 0),
                        new TimeToCompetencyReport.Bucket(120, 150, 0, 1));
    }

    @Test
    void shouldSuppressBothCoachingSplitsWhenEitherIsTooSmall() {
        // Coached during their period: p2 (pair 01-05..02-01 overlaps 01-01..01-21), p4, p5. Not coached: p1, p3 —
        // two people, below the minimum group of 3, so suppressed; and the coached group with them, since "all"
        // minus the coached figures would give the two people's figures.
        var report = metrics.timeToCompetency(COHORT, null);

        assertThat(report.all().suppressed()).isFalse();
        assertThat(report.notCoached().suppressed()).isTrue();
        assertThat(report.notCoached().people()).isNull();
        assertThat(report.notCoached().medianDays()).isNull();
        assertThat(report.coached().suppressed()).isTrue();
        assertThat(report.coached().people()).isNull();
        assertThat(report.coached().reached()).isNull();
        assertThat(report.coached().medianDays()).isNull();
    }

    @Test
    void shouldSplitTimeToCompetencyByCoachingWhenBothGroupsAreLargeEnough() {
        // With a minimum group of 2 neither split is suppressed. Coached: p2, p4, p5. KM over (20 yes, 31 yes,
        // 60 no): day 20 → 2/3, day 31 → 1/3: Q1 20, median 31. Not coached: p1 (60 yes), p3 (149 no): day 60 →
        // 1/2: Q1 and median 60.
        var defaults = MetricsSettings.defaults();
        var pairs = MetricsFixture.service(new MetricsSettings(
                defaults.rules(), 2, defaults.bucketDays(), defaults.dropOffDays(), defaults.horizons()));

        var report = pairs.timeToCompetency(COHORT, null);

        var coached = report.coached();
        assertThat(coached.suppressed()).isFalse();
        assertThat(coached.people()).isEqualTo(3);
        assertThat(coached.reached()).isEqualTo(2);
        assertThat(coached.censored()).isEqualTo(1);
        assertThat(coached.firstQuartileDays()).isEqualTo(20L);
        assertThat(coached.medianDays()).isEqualTo(31L);
        assertThat(coached.curve()).extracting(KaplanMeier.Step::day).containsExactly(20L, 31L);
        var notCoached = report.notCoached();
        assertThat(notCoached.suppressed()).isFalse();
        assertThat(notCoached.people()).isEqualTo(2);
        assertThat(notCoached.reached()).isEqualTo(1);
        assertThat(notCoached.censored()).isEqualTo(1);
        assertThat(notCoached.firstQuartileDays()).isEqualTo(60L);
        assertThat(notCoached.medianDays()).isEqualTo(60L);
        assertThat(report.all().people()).isEqualTo(5);
        assertThat(report.all().medianDays()).isEqualTo(60L);
    }

    @Test
    void shouldBucketByTheWidthAsked() {
        var report = metrics.timeToCompetency(COHORT, 100);

        assertThat(report.all().distribution())
                .containsExactly(
                        new TimeToCompetencyReport.Bucket(0, 100, 3, 1),
                        new TimeToCompetencyReport.Bucket(100, 200, 0, 1));
    }

    @Test
    void shouldCountEnrolmentsCompletionsDropOffAndAttemptsPerModule() {
        // m-sql: enrolled p1, p2, p3, p5, p6 = 5; completed p1, p2, p3 = 3; p6's last activity 02-01 is more than
        // 60 days before 06-30: dropped; p5 enrolled 05-02: in progress. Attempts 2 + 1 + 3 + 1 = 7, passes 3
        // → 3/7 = 0.429. Attempts up to the first pass: p1 2, p2 1, p3 3 → mean 2, median 2.
        // m-stats: p1 and p2 only → suppressed.
        var report = metrics.modules(COHORT, null);

        assertThat(report.modules())
                .extracting(ModuleMetricsReport.Module::moduleId)
                .containsExactly("m-sql", "m-stats");
        var sql = report.modules().get(0);
        assertThat(sql.enrolled()).isEqualTo(5);
        assertThat(sql.completed()).isEqualTo(3);
        assertThat(sql.droppedOff()).isEqualTo(1);
        assertThat(sql.inProgress()).isEqualTo(1);
        assertThat(sql.completionRate()).isEqualTo(0.6);
        assertThat(sql.dropOffRate()).isEqualTo(0.2);
        assertThat(sql.attempts()).isEqualTo(7);
        assertThat(sql.passRate()).isEqualTo(0.429);
        assertThat(sql.passedLearners()).isEqualTo(3);
        assertThat(sql.meanAttemptsToPass()).isEqualTo(2.0);
        assertThat(sql.medianAttemptsToPass()).isEqualTo(2.0);
        assertThat(report.modules().get(1).suppressed()).isTrue();
        assertThat(report.modules().get(1).enrolled()).isNull();
    }

    @Test
    void shouldCountDropOffAgainstTheQuietPeriodAsked() {
        // With 200 quiet days p6 (last active 02-01, 149 days ago) is still in progress.
        var sql = metrics.modules(COHORT, 200).modules().get(0);

        assertThat(sql.droppedOff()).isZero();
        assertThat(sql.inProgress()).isEqualTo(2);
    }

    @Test
    void shouldMeasureRetentionOnlyOverLevelsOldEnoughForEachHorizon() {
        // Rises: p1 cloud 2 (2025-01-10, expired 2025-06-30), p1 SQL 3 (01-31), p1 statistics 2 (03-02),
        // p2 SQL 3 (01-11), p2 statistics 2 (01-21), p3 SQL 3 (03-01), p4 SQL 3 (2025-06-01, from the holding),
        // p4 statistics 2 (04-01, +90 = 06-30 = today: observed), p6 visualisation 2 (2025-09-01, replaced by an
        // assessment at 1 on 2025-10-01): 9 levels.
        // 90 days: all 9 observed, all retained but p6's → 8/9 = 0.889, 5 people.
        // 180 days: p1 cloud (lost: expired), p4 SQL (kept), p6 (lost) → 1/3 = 0.333, 3 people.
        // 365 days: p1 cloud (lost), p4 SQL (kept): only 2 people → suppressed.
        var report = metrics.retention(COHORT);

        assertThat(report.levelsReached()).isEqualTo(9);
        assertThat(report.horizons())
                .containsExactly(
                        new RetentionReport.Horizon(90, false, 9, 8, 0.889, 5),
                        new RetentionReport.Horizon(180, false, 3, 1, 0.333, 3),
                        new RetentionReport.Horizon(365, true, null, null, null, null));
    }

    @Test
    void shouldRankTheMostCommonGapsWithTheirCoachingCover() {
        // Assessed against their target: p1..p5 (p6 has none). Visualisation lacked by all 5 (gap 2 each; p4 has
        // an active pair in it); statistics by p3 and p5 (essential, gap 2; p5 coached in it); SQL by p5 (gap 3,
        // coached). Active pairs: p4, p5 (p2's ended) → 2 pairs, 2 learners, 3 pairs ever.
        var report = metrics.gaps(COHORT, 10);

        assertThat(report.assessed()).isEqualTo(5);
        assertThat(report.suppressed()).isFalse();
        assertThat(report.skills())
                .containsExactly(
                        new GapCoverageReport.SkillGap("viz", "Visualisation", 5, 5, 1.0, 0, 2.0, 1),
                        new GapCoverageReport.SkillGap("stats", "Statistics", 5, 2, 0.4, 2, 2.0, 1),
                        new GapCoverageReport.SkillGap("sql", "SQL", 5, 1, 0.2, 1, 3.0, 1));
        assertThat(report.coaching()).isEqualTo(new GapCoverageReport.Coaching(2, 2, 3));
    }

    @Test
    void shouldCombineFilters() {
        // Role analyst and department Data: p1..p5; department Ops: only the coach, who targets nothing.
        assertThat(metrics.timeToCompetency(new MetricsFilter("analyst", "c-test", "Data"), null)
                        .people())
                .isEqualTo(5);
        var ops = metrics.timeToCompetency(new MetricsFilter("analyst", null, "Ops"), null);
        assertThat(ops.people()).isZero();
        assertThat(ops.all().suppressed()).isTrue();
    }

    @Test
    void shouldRefuseUnknownRolesAndCohorts() {
        assertThatThrownBy(() -> metrics.retention(new MetricsFilter("no-such-role", null, null)))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no-such-role");
        assertThatThrownBy(() -> metrics.modules(new MetricsFilter(null, "no-such-cohort", null), null))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no-such-cohort");
    }
}
