package org.skillgraph.engine.career;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservedMovesTest {

    private static RoleHistory history(String first, LocalDate from, LocalDate to, String current) {
        return new RoleHistory(List.of(new RoleHistory.Stint(first, from, to)), current);
    }

    private static List<RoleHistory> movers(int n, String from, String to) {
        var people = new ArrayList<RoleHistory>();
        for (int i = 0; i < n; i++) {
            var start = LocalDate.of(2020, 1, 1);
            people.add(history(from, start, start.plusDays(365L + 30 * i), to));
        }
        return people;
    }

    @Test
    void shouldCountPeopleAndTheirMedianMonthsInTheRoleTheyLeft() {
        var people = movers(3, "analyst", "senior");
        people.add(history("analyst", LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1), "engineer"));

        var observed = ObservedMoves.of(people, 3);

        var move = observed.of("analyst", "senior");
        assertThat(move.people()).isEqualTo(3);
        assertThat(move.suppressed()).isFalse();
        assertThat(move.share()).isEqualTo(0.75);
        assertThat(move.medianMonthsInRole()).isEqualTo(Math.round((365 + 30) / 30.44 * 10) / 10.0);
    }

    @Test
    void shouldSuppressAMoveMadeByFewerThanTheMinimumGroupAndLetItWeighNothing() {
        var people = movers(2, "analyst", "senior");
        people.addAll(movers(3, "analyst", "engineer"));

        var observed = ObservedMoves.of(people, 3);

        var rare = observed.of("analyst", "senior");
        assertThat(rare.people()).isNull();
        assertThat(rare.medianMonthsInRole()).isNull();
        assertThat(rare.suppressed()).isTrue();
        assertThat(rare.share()).isZero();
        assertThat(observed.of("analyst", "engineer").share()).isEqualTo(3 / 5.0);
        assertThat(observed.of("senior", "analyst")).isEqualTo(ObservedMove.NONE);
    }

    @Test
    void shouldChainStintsByStartThenTheCurrentRole() {
        var stints = List.of(
                new RoleHistory.Stint("junior", LocalDate.of(2018, 1, 1), null),
                new RoleHistory.Stint("analyst", LocalDate.of(2019, 1, 1), LocalDate.of(2021, 1, 1)));
        var people = List.of(
                new RoleHistory(stints, "senior"),
                new RoleHistory(stints, "senior"),
                new RoleHistory(stints, "analyst"));

        var observed = ObservedMoves.of(people, 2);

        assertThat(observed.of("junior", "analyst").people()).isEqualTo(3);
        assertThat(observed.of("junior", "analyst").medianMonthsInRole()).isEqualTo(12.0);
        assertThat(observed.of("analyst", "senior").people()).isEqualTo(2);
        assertThat(observed.of("analyst", "senior").medianMonthsInRole()).isEqualTo(24.0);
        assertThat(observed.of("analyst", "analyst")).isEqualTo(ObservedMove.NONE);
    }

    @Test
    void shouldLetABlendPreferTheMovePeopleMakeOverACheaperOne() {
        var blend = new CareerOptions(1, false, 0.7, CareerOptions.Weighting.BLEND, 0.5);

        assertThat(blend.weighting().weight(100, 0.8, blend.alpha())).isEqualTo(60.0);
        assertThat(CareerOptions.Weighting.OBSERVED.weight(100, 0.8, 0.5))
                .isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(CareerOptions.Weighting.HOURS.weight(100, 0.8, 0.5)).isEqualTo(100.0);
    }
}
