package org.skillgraph.engine.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.snapshot.LearnerState;

class ExactMatchesTest {

    @Test
    void shouldLeaveAStateWithoutCrosswalksAsItIs() {
        var state = new LearnerState(Map.of("sql", 3), Set.of("m-sql"));

        assertThat(ExactMatches.apply(state, Map.of())).isSameAs(state);
    }

    @Test
    void shouldCountAHeldLevelForEverySkillOfItsClass() {
        var state = new LearnerState(Map.of("esco:sql", 4), Set.of("m-sql"));

        var lifted = ExactMatches.apply(state, Map.of("esco:sql", List.of("sql", "onet:sql")));

        assertThat(lifted.levels())
                .containsOnly(Map.entry("esco:sql", 4), Map.entry("sql", 4), Map.entry("onet:sql", 4));
        assertThat(lifted.completedModules()).containsExactly("m-sql");
    }

    @Test
    void shouldKeepTheHighestLevelOfTheClass() {
        var state = new LearnerState(Map.of("esco:sql", 2, "sql", 4), Set.of());

        var lifted = ExactMatches.apply(state, Map.of("esco:sql", List.of("sql"), "sql", List.of("esco:sql")));

        assertThat(lifted.levels()).containsOnly(Map.entry("esco:sql", 4), Map.entry("sql", 4));
    }

    @Test
    void shouldFlagARefreshOnlyWhenNoFreshHoldingGivesTheLevel() {
        var stale = new LearnerState(Map.of("esco:sql", 3), Set.of(), Set.of("esco:sql"));
        var mixed = new LearnerState(Map.of("esco:sql", 3, "sql", 3), Set.of(), Set.of("esco:sql"));
        var classes = Map.of("esco:sql", List.of("sql"), "sql", List.of("esco:sql"));

        assertThat(ExactMatches.apply(stale, Map.of("esco:sql", List.of("sql"))).needsRefresh())
                .containsExactlyInAnyOrder("esco:sql", "sql");
        assertThat(ExactMatches.apply(mixed, classes).needsRefresh()).isEmpty();
    }
}
