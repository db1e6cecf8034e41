package org.skillgraph.engine.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceHistoryTest {

    private final LevelRules rules = LevelRules.defaults();

    @Test
    void shouldReplayEachSkillOnTheDayAsked() {
        var history = EvidenceHistory.of(List.of(
                EvidenceRecord.of("sql", EvidenceSource.SELF, 1, LocalDate.of(2025, 1, 10)),
                EvidenceRecord.of("sql", EvidenceSource.ASSESSMENT, 3, LocalDate.of(2025, 6, 1)),
                new EvidenceRecord(
                        "python",
                        EvidenceSource.ASSESSMENT,
                        2,
                        LocalDate.of(2025, 2, 1),
                        80.0,
                        null,
                        LocalDate.of(2025, 12, 31))));

        var march = history.levelsOn(rules, LocalDate.of(2025, 3, 31));
        assertThat(march).containsOnlyKeys("sql", "python");
        assertThat(march.get("sql").level()).isEqualTo(1);

        var nextYear = history.levelsOn(rules, LocalDate.of(2026, 3, 31));
        assertThat(nextYear).containsOnlyKeys("sql");
        assertThat(nextYear.get("sql").level()).isEqualTo(3);
        assertThat(nextYear.get("sql").source()).isEqualTo(EvidenceSource.ASSESSMENT);
    }

    @Test
    void shouldFlagALevelOlderThanTheRefreshPeriod() {
        var history = EvidenceHistory.of(
                List.of(EvidenceRecord.of("sql", EvidenceSource.MANAGER, 4, LocalDate.of(2024, 5, 15))));

        var level = history.levelsOn(rules, LocalDate.of(2026, 11, 29)).get("sql");

        assertThat(level.needsRefresh()).isTrue();
        assertThat(level.level()).isEqualTo(3);
        assertThat(level.evidencedLevel()).isEqualTo(4);
    }

    @Test
    void shouldFindARecordBySourceLevelAndDay() {
        var history =
                EvidenceHistory.of(List.of(EvidenceRecord.of("sql", EvidenceSource.PEER, 2, LocalDate.of(2025, 1, 1))));

        assertThat(history.contains("sql", EvidenceSource.PEER, 2, LocalDate.of(2025, 1, 1)))
                .isTrue();
        assertThat(history.contains("sql", EvidenceSource.SELF, 2, LocalDate.of(2025, 1, 1)))
                .isFalse();
    }
}
