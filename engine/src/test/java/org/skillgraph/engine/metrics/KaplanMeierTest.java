package org.skillgraph.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class KaplanMeierTest {

    private static KaplanMeier.Observation reached(long days) {
        return new KaplanMeier.Observation(days, true);
    }

    private static KaplanMeier.Observation censored(long days) {
        return new KaplanMeier.Observation(days, false);
    }

    @Test
    void shouldKeepCensoredPeopleAtRiskUntilTheyLeave() {
        // n=5. Day 10: 1 of 5 → 0.8. Day 20: one censored, 3 left. Day 30: 1 of 3 → 0.8·2/3 = 0.533.
        // Day 40: 1 of 2 → 0.267. Day 50: censored. Quartiles: 0.8 ≤ 0.75? no, so Q1 is day 30 (0.533);
        // median day 40 (0.267 ≤ 0.5); Q3 needs ≤ 0.25: never.
        var estimate = KaplanMeier.estimate(List.of(reached(10), censored(20), reached(30), reached(40), censored(50)));

        assertThat(estimate.steps()).extracting(KaplanMeier.Step::day).containsExactly(10L, 30L, 40L);
        assertThat(estimate.steps()).extracting(KaplanMeier.Step::atRisk).containsExactly(5, 3, 2);
        assertThat(estimate.steps().get(1).waiting()).isCloseTo(0.8 * 2 / 3, within(1e-9));
        assertThat(estimate.steps().get(2).waiting()).isCloseTo(0.8 * 2 / 3 / 2, within(1e-9));
        assertThat(estimate.firstQuartile()).isEqualTo(30L);
        assertThat(estimate.median()).isEqualTo(40L);
        assertThat(estimate.thirdQuartile()).isNull();
    }

    @Test
    void shouldCountPeopleCensoredOnAnEventDayAsAtRiskThatDay() {
        // Day 5: 2 at risk (one reaches, one censored the same day) → 0.5: the median is day 5.
        var estimate = KaplanMeier.estimate(List.of(reached(5), censored(5)));

        assertThat(estimate.steps()).containsExactly(new KaplanMeier.Step(5, 2, 1, 0.5));
        assertThat(estimate.median()).isEqualTo(5L);
    }

    @Test
    void shouldGiveTheMedianOfUncensoredTimesWhenEveryoneReached() {
        // Without censoring the estimate is the empirical distribution: 1 − k/4 after the k-th event.
        var estimate = KaplanMeier.estimate(List.of(reached(40), reached(10), reached(30), reached(20)));

        assertThat(estimate.firstQuartile()).isEqualTo(10L);
        assertThat(estimate.median()).isEqualTo(20L);
        assertThat(estimate.thirdQuartile()).isEqualTo(30L);
        assertThat(estimate.steps().get(3).waiting()).isZero();
    }

    @Test
    void shouldLeaveTheMedianUndefinedWhileFewerThanHalfReached() {
        var estimate = KaplanMeier.estimate(List.of(reached(3), censored(4), censored(9)));

        assertThat(estimate.firstQuartile()).isEqualTo(3L);
        assertThat(estimate.median()).isNull();
    }

    @Test
    void shouldGiveNoStepsWithoutEvents() {
        var estimate = KaplanMeier.estimate(List.of(censored(1), censored(2)));

        assertThat(estimate.steps()).isEmpty();
        assertThat(estimate.median()).isNull();
    }

    @Test
    void shouldRefuseNegativeTimes() {
        assertThatThrownBy(() -> censored(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
