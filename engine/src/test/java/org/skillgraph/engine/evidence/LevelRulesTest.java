package org.skillgraph.engine.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skillgraph.engine.evidence.EvidenceSource.ASSESSMENT;
import static org.skillgraph.engine.evidence.EvidenceSource.COMPLETION;
import static org.skillgraph.engine.evidence.EvidenceSource.PEER;
import static org.skillgraph.engine.evidence.EvidenceSource.SELF;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LevelRulesTest {

    private static final LevelRules RULES = LevelRules.defaults();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    @Test
    void shouldLetAnAssessmentOutrankANewerSelfRating() {
        var history = List.of(
                EvidenceRecord.of("sql", ASSESSMENT, 2, DAY.minusMonths(3)),
                EvidenceRecord.of("sql", SELF, 5, DAY.minusDays(1)));

        var current = RULES.current(history, DAY).orElseThrow();

        assertThat(current.level()).isEqualTo(2);
        assertThat(current.source()).isEqualTo(ASSESSMENT);
    }

    @Test
    void shouldLetANewerVerifiedEvidenceReplaceAnOlderOneEvenDownwards() {
        var history = List.of(
                EvidenceRecord.of("sql", ASSESSMENT, 4, DAY.minusMonths(6)),
                EvidenceRecord.of("sql", COMPLETION, 3, DAY.minusMonths(1)));

        assertThat(RULES.current(history, DAY).orElseThrow().level()).isEqualTo(3);
    }

    @Test
    void shouldFallBackToPeerFeedbackWhenTheAssessmentExpired() {
        var expired = new EvidenceRecord("sql", ASSESSMENT, 4, DAY.minusYears(1), 90.0, null, DAY.minusDays(1));
        var history = List.of(expired, EvidenceRecord.of("sql", PEER, 3, DAY.minusMonths(2)));

        var current = RULES.current(history, DAY).orElseThrow();

        assertThat(current.level()).isEqualTo(3);
        assertThat(current.source()).isEqualTo(PEER);
    }

    @Test
    void shouldCountExpiringEvidenceOnItsLastDay() {
        var lastDay = new EvidenceRecord("sql", ASSESSMENT, 4, DAY.minusYears(1), null, null, DAY);

        assertThat(RULES.current(List.of(lastDay), DAY)).isPresent();
        assertThat(RULES.current(List.of(lastDay), DAY.plusDays(1))).isEmpty();
    }

    @Test
    void shouldIgnoreEvidenceFromAfterTheDayAsked() {
        var history = List.of(
                EvidenceRecord.of("sql", ASSESSMENT, 2, DAY.minusYears(1)),
                EvidenceRecord.of("sql", ASSESSMENT, 4, DAY));

        assertThat(RULES.current(history, DAY.minusDays(1)).orElseThrow().level())
                .isEqualTo(2);
    }

    @Test
    void shouldCountAStaleLevelOneLowerAndFlagIt() {
        var old = EvidenceRecord.of("sql", ASSESSMENT, 3, DAY.minusYears(2).minusDays(1));

        var current = RULES.current(List.of(old), DAY).orElseThrow();

        assertThat(current.level()).isEqualTo(2);
        assertThat(current.evidencedLevel()).isEqualTo(3);
        assertThat(current.needsRefresh()).isTrue();
        assertThat(RULES.current(List.of(old), DAY.minusDays(1)).orElseThrow().needsRefresh())
                .isFalse();
    }

    @Test
    void shouldHonourAConfiguredRefreshPeriod() {
        var evidence = EvidenceRecord.of("sql", ASSESSMENT, 3, DAY.minusMonths(7));

        assertThat(RULES.withRefreshAfter(Period.ofMonths(6))
                        .current(List.of(evidence), DAY)
                        .orElseThrow()
                        .level())
                .isEqualTo(2);
        assertThat(RULES.current(List.of(evidence), DAY).orElseThrow().level()).isEqualTo(3);
    }

    @Test
    void shouldRefuseRulesThatLeaveASourceWithoutATier() {
        assertThatThrownBy(() -> new LevelRules(Map.of(ASSESSMENT, 0), Period.ofYears(1)))
                .hasMessageContaining("no tier");
    }

    @Test
    void shouldReadWireNamesCaseInsensitively() {
        assertThat(EvidenceSource.fromWire(" Manager ")).contains(EvidenceSource.MANAGER);
        assertThat(EvidenceSource.fromWire("rumour")).isEmpty();
    }

    @Test
    void shouldDecideAStoredHoldWithAnUnknownOrMissingSourceAsAnImport() {
        var unknown = RULES.decideHold("sql", "hearsay", 3, DAY.minusMonths(1), DAY);
        var missing = RULES.decideHold("sql", null, 3, DAY.minusMonths(1), DAY);
        var peer = RULES.decideHold("sql", "peer", 3, DAY.minusMonths(1), DAY);

        assertThat(unknown.source()).isEqualTo(EvidenceSource.IMPORT);
        assertThat(missing.source()).isEqualTo(EvidenceSource.IMPORT);
        assertThat(peer.source()).isEqualTo(PEER);
        assertThat(unknown.level()).isEqualTo(3);
    }

    @Test
    void shouldCountAStaleStoredHoldOneLower() {
        var stale = RULES.decideHold(
                "sql", "assessment", 3, DAY.minus(RULES.refreshAfter()).minusDays(1), DAY);

        assertThat(stale.level()).isEqualTo(2);
        assertThat(stale.evidencedLevel()).isEqualTo(3);
        assertThat(stale.needsRefresh()).isTrue();
    }
}
