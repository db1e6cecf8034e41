package org.skillgraph.engine.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntryPointsTest {

    private static final List<String> SCRATCH = List.of("a", "b", "c", "d");

    @Test
    void shouldStartWithTheStepsMostRoutesShareInTheirUsualOrder() {
        // a: in 2 of 3 routes at positions 0 and 1 → 0.5; c: 3 routes at 1, 0, 0 → 0.3; d: 1 route: not shared.
        // b: 2 routes at 2 and 1 → 1.5.
        var routes = List.of(
                new EntryPoints.Routes(List.of("a", "c", "b"), SCRATCH),
                new EntryPoints.Routes(List.of("c", "a"), SCRATCH),
                new EntryPoints.Routes(List.of("c", "b", "d"), SCRATCH));

        assertThat(EntryPoints.entry(routes, 3))
                .containsExactly(
                        new EntryPoints.Shared("c", 3, 0.3),
                        new EntryPoints.Shared("a", 2, 0.5),
                        new EntryPoints.Shared("b", 2, 1.5));
        assertThat(EntryPoints.entry(routes, 1))
                .extracting(EntryPoints.Shared::moduleId)
                .containsExactly("c");
    }

    @Test
    void shouldOfferModulesMostMembersDoNotNeedAsSkippable() {
        // From scratch a, b, c, d. a needed by 1 of 3 → 2 skip; b by 2 → 1 skip (not most); c by all; d by 1 → 2 skip.
        var routes = List.of(
                new EntryPoints.Routes(List.of("a", "c", "b"), SCRATCH),
                new EntryPoints.Routes(List.of("c", "b"), SCRATCH),
                new EntryPoints.Routes(List.of("c", "d"), SCRATCH));

        assertThat(EntryPoints.skippable(routes))
                .containsExactly(new EntryPoints.Skip("a", 2, 3), new EntryPoints.Skip("d", 2, 3));
    }

    @Test
    void shouldGiveNothingForAnEmptySegment() {
        assertThat(EntryPoints.entry(List.of(), 3)).isEmpty();
        assertThat(EntryPoints.skippable(List.of())).isEmpty();
    }
}
