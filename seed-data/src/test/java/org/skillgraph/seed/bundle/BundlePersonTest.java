package org.skillgraph.seed.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundlePersonTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Test
    void shouldReplaceTheHistoryAndKeepTheProfileHoldingsAndAwards() {
        var person = new Bundle.Person(
                "p-1",
                "Ada",
                "Data",
                "Berlin",
                "Europe/Berlin",
                "analyst",
                "engineer",
                DAY,
                "p-0",
                6.0,
                "steady",
                new Bundle.Coaching(true, 2),
                List.of(new Bundle.Holding("sql", 3, "assessment", DAY, null)),
                List.of(new Bundle.Completion("m-old", DAY, 80)),
                List.of(new Bundle.Enrolment("m-old", DAY)),
                null,
                null,
                null,
                null);

        var rewritten = person.withHistory(
                List.of(new Bundle.Completion("m-new", DAY.plusDays(1), null)), List.of(), null, null, null);

        assertThat(rewritten)
                .usingRecursiveComparison()
                .ignoringFields("completed", "enrolled")
                .isEqualTo(person);
        assertThat(rewritten.completed()).extracting(Bundle.Completion::module).containsExactly("m-new");
        assertThat(rewritten.enrolled()).isEmpty();
        assertThat(rewritten.coaches()).isEmpty();
    }
}
