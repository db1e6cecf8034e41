package org.skillgraph.engine.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoachMatcherTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    // Reporting tree: ceo ← m ← {learner, sibling}; learner ← report; ceo ← other ← cousin.
    private static final LearnerContext LEARNER = new LearnerContext(
            "learner", "Dublin", "Europe/Dublin", List.of("learner", "m", "ceo"), Map.of("active", List.of("sql")));

    private static final CoachNeed SQL = new CoachNeed("sql", "SQL", 2, 4, 4, 5, -1);
    private static final CoachNeed TUNING = new CoachNeed("tuning", "Query tuning", 1, 3, 3, 3, -1);

    private final CoachMatcher matcher = new CoachMatcher(CoachingSettings.defaults());

    @Test
    void shouldLeaveOutTheLearnerTheirManagementLineAndTheirActiveCoaches() {
        var pool = pool(
                coach("learner", List.of("learner", "m", "ceo"), "Dublin", "Europe/Dublin", 2, 0, sql(5)),
                coach("m", List.of("m", "ceo"), "Dublin", "Europe/Dublin", 2, 0, sql(5)),
                coach("ceo", List.of("ceo"), "Dublin", "Europe/Dublin", 2, 0, sql(5)),
                coach("report", List.of("report", "learner", "m", "ceo"), "Dublin", "Europe/Dublin", 2, 0, sql(5)),
                coach("active", List.of("active", "ceo"), "Dublin", "Europe/Dublin", 2, 0, sql(5)),
                coach("sibling", List.of("sibling", "m", "ceo"), "Dublin", "Europe/Dublin", 2, 0, sql(5)));

        var ranked = matcher.rank(LEARNER, List.of(SQL), pool, TODAY).candidates();
        var withLine = new CoachMatcher(withoutLineExclusion())
                .rank(LEARNER, List.of(SQL), pool, TODAY)
                .candidates();

        assertThat(ranked).extracting(c -> c.coach().id()).containsExactly("sibling");
        assertThat(withLine).extracting(c -> c.coach().id()).containsExactlyInAnyOrder("sibling", "m", "ceo", "report");
    }

    @Test
    void shouldRequireTheLevelEachGapAsksOfACoach() {
        var pool = pool(
                coach("weak", List.of("weak", "ceo"), null, null, 1, 0, sql(3), tuning(3)),
                coach("strong", List.of("strong", "ceo"), null, null, 1, 0, sql(4)));

        var ranking = matcher.rank(LEARNER, List.of(SQL, TUNING), pool, TODAY);

        assertThat(ranking.candidates()).hasSize(2);
        var weak = ranking.candidates().stream()
                .filter(c -> c.coach().id().equals("weak"))
                .findFirst()
                .orElseThrow();
        assertThat(weak.skills()).extracting(CoveredSkill::skillId).containsExactly("tuning");
        assertThat(ranking.eligiblePerSkill()).containsEntry("sql", 1).containsEntry("tuning", 1);
    }

    @Test
    void shouldExplainEveryScoreWithContributionsThatAddUp() {
        var pool = pool(coach("sibling", List.of("sibling", "m", "ceo"), "Berlin", "Europe/Berlin", 2, 1, sql(5)));

        var candidate = matcher.rank(LEARNER, List.of(SQL, TUNING), pool, TODAY)
                .candidates()
                .get(0);

        assertThat(candidate.breakdown())
                .extracting(ScoreComponent::component)
                .containsExactly("coverage", "surplus", "evidenceSource", "recency", "proximity", "place", "load");
        assertThat(candidate.breakdown()).allSatisfy(c -> {
            assertThat(c.contribution()).isCloseTo(c.value() * c.weight(), within(1e-4));
            assertThat(c.reason()).isNotBlank();
        });
        assertThat(candidate.score())
                .isCloseTo(
                        candidate.breakdown().stream()
                                .mapToDouble(ScoreComponent::contribution)
                                .sum(),
                        within(1e-9));
        assertThat(value(candidate, "coverage")).isCloseTo(5.0 / 8, within(1e-4));
        assertThat(value(candidate, "surplus")).isEqualTo(1.0);
        assertThat(value(candidate, "evidenceSource")).isEqualTo(1.0);
        assertThat(value(candidate, "recency")).isEqualTo(1.0);
        assertThat(value(candidate, "proximity")).isEqualTo(1.0);
        assertThat(value(candidate, "place")).isEqualTo(7.0 / 8);
        assertThat(value(candidate, "load")).isEqualTo(0.5);
        assertThat(candidate.skills()).singleElement().satisfies(s -> {
            assertThat(s.learnerLevel()).isEqualTo(2);
            assertThat(s.requiredLevel()).isEqualTo(4);
            assertThat(s.coachLevel()).isEqualTo(5);
            assertThat(s.source()).isEqualTo("assessment");
        });
    }

    @Test
    void shouldPreferAssessedRecentNearbyAndLessLoadedCoaches() {
        var half = TODAY.minus(Period.ofMonths(12));
        var pool = pool(
                coach(
                        "assessed",
                        List.of("assessed", "m", "ceo"),
                        null,
                        null,
                        1,
                        0,
                        evidence("sql", 4, "assessment", TODAY)),
                coach("self", List.of("self", "ceo"), null, null, 1, 0, evidence("sql", 4, "self", TODAY)),
                coach("older", List.of("older", "ceo"), null, null, 1, 0, evidence("sql", 4, "assessment", half)),
                coach("cousin", List.of("cousin", "other", "ceo"), null, null, 1, 0, sql(4)),
                coach("far", List.of("far"), "Singapore", "Asia/Singapore", 1, 0, sql(4)),
                coach("loaded", List.of("loaded", "ceo"), null, null, 4, 3, sql(4)));

        var byId = new java.util.HashMap<String, CoachCandidate>();
        matcher.rank(LEARNER, List.of(SQL), pool, TODAY)
                .candidates()
                .forEach(c -> byId.put(c.coach().id(), c));

        assertThat(value(byId.get("self"), "evidenceSource")).isLessThan(value(byId.get("assessed"), "evidenceSource"));
        assertThat(value(byId.get("older"), "recency")).isCloseTo(0.5, within(0.01));
        assertThat(value(byId.get("assessed"), "proximity")).isEqualTo(1.0);
        assertThat(value(byId.get("cousin"), "proximity")).isEqualTo(0.5);
        assertThat(value(byId.get("far"), "proximity")).isZero();
        assertThat(value(byId.get("far"), "place")).isZero();
        assertThat(value(byId.get("loaded"), "load")).isEqualTo(0.25);
        assertThat(byId.get("assessed").score()).isGreaterThan(byId.get("self").score());
    }

    @Test
    void shouldMeasureDistanceInTheReportingTree() {
        assertThat(OrgDistance.between(List.of("a", "m", "ceo"), List.of("b", "m", "ceo")))
                .isEqualTo(2);
        assertThat(OrgDistance.between(List.of("a", "m", "ceo"), List.of("m", "ceo")))
                .isEqualTo(1);
        assertThat(OrgDistance.between(List.of("a", "m", "ceo"), List.of("c", "n", "ceo")))
                .isEqualTo(4);
        assertThat(OrgDistance.between(List.of("a", "top1"), List.of("b", "top2")))
                .isEqualTo(OrgDistance.UNRELATED);
        assertThat(OrgDistance.inLine(List.of("r", "a", "m"), List.of("a", "m")))
                .isTrue();
        assertThat(OrgDistance.inLine(List.of("b", "m"), List.of("a", "m"))).isFalse();
    }

    private static double value(CoachCandidate candidate, String component) {
        return candidate.breakdown().stream()
                .filter(c -> c.component().equals(component))
                .findFirst()
                .orElseThrow()
                .value();
    }

    private static CoachingSettings withoutLineExclusion() {
        var d = CoachingSettings.defaults();
        return new CoachingSettings(
                d.threshold(),
                d.maxEvidenceAge(),
                false,
                d.maxCoachesPerLearner(),
                d.poolPerSkill(),
                d.weights(),
                d.sourceWeights());
    }

    private static Map<String, List<PoolCoach>> pool(PoolCoach... coaches) {
        return new CoachPool(Map.of(), List.of(coaches)).bySkill();
    }

    private static PoolCoach coach(
            String id,
            List<String> chain,
            String location,
            String timezone,
            int capacity,
            int active,
            Evidence... holds) {
        var map = new java.util.HashMap<String, Evidence>();
        for (var e : holds) {
            map.put(e.skillId(), e);
        }
        return new PoolCoach(
                new CoachProfile(id, "Name of " + id, "Data", location, timezone), capacity, active, chain, map);
    }

    private static Evidence sql(int level) {
        return evidence("sql", level, "assessment", TODAY);
    }

    private static Evidence tuning(int level) {
        return evidence("tuning", level, "assessment", TODAY);
    }

    private static Evidence evidence(String skill, int level, String source, LocalDate at) {
        return new Evidence(skill, level, source, at);
    }
}
