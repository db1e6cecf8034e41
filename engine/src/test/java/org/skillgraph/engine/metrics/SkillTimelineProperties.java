package org.skillgraph.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillgraph.engine.evidence.CurrentLevel;
import org.skillgraph.engine.evidence.EvidenceRecord;
import org.skillgraph.engine.evidence.EvidenceSource;
import org.skillgraph.engine.evidence.LevelRules;

/**
 * A skill's level on a day, with the one-record shortcut, against {@link LevelRules#current} on 500 random
 * histories of zero to three records (expiring or not), each asked on 40 days around them; one case per seed.
 */
class SkillTimelineProperties {

    private static final LocalDate START = LocalDate.of(2023, 1, 1);

    static LongStream seeds() {
        return LongStream.range(1, 501);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldGiveTheLevelTheRulesGive(long seed) {
        var random = new SplittableRandom(seed);
        var rules = LevelRules.defaults().withRefreshAfter(Period.ofDays(100 + random.nextInt(800)));
        var history = new ArrayList<EvidenceRecord>();
        int records = random.nextInt(4);
        for (int i = 0; i < records; i++) {
            var at = START.plusDays(random.nextInt(1000));
            var expires = random.nextBoolean() ? at.plusDays(random.nextInt(500)) : null;
            var source = EvidenceSource.values()[random.nextInt(EvidenceSource.values().length)];
            history.add(new EvidenceRecord("s", source, random.nextInt(6), at, null, null, expires));
        }
        var timeline = new SkillTimeline(history, rules);
        for (int d = 0; d < 40; d++) {
            var day = START.plusDays(random.nextInt(2500) - 100);
            int expected = rules.current(history, day).map(CurrentLevel::level).orElse(0);

            assertThat(SkillTimeline.levelOn(history, rules, day))
                    .as("seed %d, day %s", seed, day)
                    .isEqualTo(expected);
            assertThat(timeline.levelOn(day)).as("seed %d, day %s", seed, day).isEqualTo(expected);
        }
    }
}
