package org.skillgraph.engine.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentRuleTest {

    @Test
    void shouldAdmitMembersMeetingEveryConditionGiven() {
        var rule = new SegmentRule("s", "Ready seniors", null, 0.5, null, 3, null, List.of("lead"), List.of());

        assertThat(rule.admits(0.5, 3, "lead", "slow")).isTrue();
        assertThat(rule.admits(0.49, 3, "lead", "slow")).isFalse();
        assertThat(rule.admits(0.9, 2, "lead", "slow")).isFalse();
        assertThat(rule.admits(0.9, 4, "analyst", "slow")).isFalse();
    }

    @Test
    void shouldRefuseUnknownFactsOnlyWhereAConditionNeedsThem() {
        var paced = new SegmentRule("s", null, null, null, null, null, null, List.of(), List.of("fast"));
        var banded = new SegmentRule("b", null, null, null, 0.4, null, null, null, null);

        assertThat(paced.admits(null, null, null, "fast")).isTrue();
        assertThat(paced.admits(0.2, 1, "x", null)).isFalse();
        assertThat(banded.admits(null, 2, "x", "fast")).isFalse();
        assertThat(banded.admits(0.4, null, null, null)).isTrue();
        assertThat(banded.name()).isEqualTo("b");
    }
}
