package org.skillgraph.engine.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LearnerStateTest {

    @Test
    void shouldHoldUnlistedSkillsAtLevelZero() {
        LearnerState learner = new LearnerState(Map.of("sql", 3), Set.of("sql-101"));

        assertThat(learner.levelOf("sql")).isEqualTo(3);
        assertThat(learner.levelOf("python")).isZero();
        assertThat(learner.completed("sql-101")).isTrue();
    }

    @Test
    void shouldRejectLevelsOffTheScale() {
        assertThatThrownBy(() -> LearnerState.of(Map.of("sql", 6)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sql");
    }
}
