package org.skillgraph.engine.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchedHoldsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @Test
    void shouldKeepTheHoldsAsTheyAreWithoutCrosswalks() {
        var held = Map.of("sql", new Evidence("sql", 4, "peer", DAY));

        assertThat(MatchedHolds.lift(held, List.of("sql"), Map.of())).isSameAs(held);
    }

    @Test
    void shouldTakeTheHighestLevelOfTheClassAndNameTheSkillItIsHeldIn() {
        var held = Map.of(
                "sql", new Evidence("sql", 3, "assessment", DAY),
                "esco-sql", new Evidence("esco-sql", 5, "manager", DAY.minusDays(30)),
                "onet-sql", new Evidence("onet-sql", 4, "assessment", DAY));

        var lifted = MatchedHolds.lift(held, List.of("sql"), Map.of("sql", List.of("esco-sql", "onet-sql")));

        assertThat(lifted).containsOnlyKeys("sql");
        assertThat(lifted.get("sql")).isEqualTo(new Evidence("sql", 5, "manager", DAY.minusDays(30), "esco-sql"));
    }

    @Test
    void shouldPreferTheSkillItselfAtAnEqualLevelThenTheFreshestMatch() {
        var held = Map.of(
                "sql", new Evidence("sql", 4, "peer", DAY.minusDays(300)),
                "esco-sql", new Evidence("esco-sql", 4, "assessment", DAY),
                "tuning", new Evidence("tuning", 4, "peer", DAY.minusDays(90)),
                "esco-tuning", new Evidence("esco-tuning", 4, "peer", DAY.minusDays(10)),
                "onet-tuning", new Evidence("onet-tuning", 4, "peer", DAY.minusDays(20)));
        var matches = Map.of("sql", List.of("esco-sql"), "tuning", List.of("onet-tuning", "esco-tuning"));

        var lifted = MatchedHolds.lift(held, List.of("sql", "tuning"), matches);

        assertThat(lifted.get("sql").heldAs()).isNull();
        assertThat(lifted.get("tuning").heldAs()).isNull();
        var noOwn = MatchedHolds.lift(
                Map.of("esco-tuning", held.get("esco-tuning"), "onet-tuning", held.get("onet-tuning")),
                List.of("tuning"),
                matches);
        assertThat(noOwn.get("tuning").heldAs()).isEqualTo("esco-tuning");
    }

    @Test
    void shouldLetOneHoldingStandForSeveralSoughtSkillsAndDropUnsoughtOnes() {
        var held = Map.of("esco-sql", new Evidence("esco-sql", 4, "assessment", DAY));

        var lifted = MatchedHolds.lift(
                held,
                List.of("sql", "sql-basics"),
                Map.of("sql", List.of("esco-sql"), "sql-basics", List.of("esco-sql")));

        assertThat(lifted).containsOnlyKeys("sql", "sql-basics");
        assertThat(lifted.values()).extracting(Evidence::heldAs).containsOnly("esco-sql");
    }
}
