package org.skillgraph.engine.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedBatchTest {

    @Test
    void shouldNameOnlyThePeopleItsPersonChangesName() {
        var batch = new FeedBatch(
                3, 1, false, List.of(new Change(2, Change.PERSON, "p-1"), new Change(3, Change.PERSON, "p-2")));

        assertThat(batch.names("p-1")).isTrue();
        assertThat(batch.names("p-3")).isFalse();
        assertThat(batch.everyone()).isFalse();
    }

    @Test
    void shouldConcernEveryoneOnAnImportWithPeopleACurriculumChangeOrAReset() {
        assertThat(new FeedBatch(1, 1, false, List.of(new Change(1, Change.PEOPLE, "*"))).everyone())
                .isTrue();
        assertThat(new FeedBatch(1, 2, false, List.of(new Change(1, Change.CURRICULUM, "2"))).everyone())
                .isTrue();
        assertThat(new FeedBatch(0, 0, true, List.of()).everyone()).isTrue();
        assertThat(new FeedBatch(1, 1, false, List.of(new Change(1, Change.PEOPLE, "*"))).names("p-9"))
                .isTrue();
    }

    @Test
    void shouldRefuseSettingsWhoseBoundCouldNotHold() {
        var defaults = FeedSettings.defaults();

        assertThatThrownBy(() -> defaults.withPoll(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withMaxAge(Duration.ofMillis(100))).hasMessageContaining("maxAge");
        assertThatThrownBy(() -> defaults.withLearnersKept(-1)).hasMessageContaining("learnersKept");
        assertThat(defaults.poll()).isEqualTo(Duration.ofMillis(200));
    }
}
