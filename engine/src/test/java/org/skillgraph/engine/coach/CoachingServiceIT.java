package org.skillgraph.engine.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;
import static org.skillgraph.engine.coach.CoachingFixtures.NEO4J;
import static org.skillgraph.engine.coach.CoachingFixtures.SMALL_ORG;
import static org.skillgraph.engine.coach.CoachingFixtures.TODAY;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.error.NotFoundException;

/** Candidates for one learner and the designers' view, on the demo organisation and on small graphs. */
class CoachingServiceIT {

    private final CoachingService coaching = CoachingFixtures.service();

    @Test
    void shouldRankEligibleCoachesForAPersonsTargetGap() {
        NEO4J.useDemo();

        var answer = coaching.coachesFor("p-042", null, Map.of(), 5);

        assertThat(answer.targetId()).isEqualTo("senior-data-analyst");
        assertThat(answer.targetChosenBy()).isEqualTo("target");
        assertThat(answer.evidenceSince()).isEqualTo(TODAY.minusMonths(24));
        assertThat(answer.candidates()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(answer.eligible()).isGreaterThanOrEqualTo(answer.candidates().size());
        assertThat(answer.candidates())
                .isSortedAccordingTo(CoachMatcher.BEST_FIRST)
                .allSatisfy(c -> {
                    assertThat(c.remainingCapacity()).isPositive();
                    assertThat(c.score())
                            .isCloseTo(
                                    c.breakdown().stream()
                                            .mapToDouble(ScoreComponent::contribution)
                                            .sum(),
                                    within(1e-9));
                    assertThat(c.skills()).isNotEmpty().allSatisfy(s -> {
                        assertThat(s.coachLevel())
                                .isGreaterThanOrEqualTo(Math.max(3, Math.max(s.requiredLevel(), s.learnerLevel() + 1)));
                        assertThat(s.at()).isAfterOrEqualTo(answer.evidenceSince());
                    });
                });
        var bars = new java.util.HashMap<String, Integer>();
        answer.gaps().forEach(g -> bars.put(g.skillId(), g.minCoachLevel()));
        assertThat(answer.gaps())
                .allSatisfy(g -> assertThat(g.eligibleCoaches()).isNotNegative());
        var ids = answer.candidates().stream().map(c -> c.coach().id()).toList();
        var optedIn = new HashSet<>(
                NEO4J.query("MATCH (p:Person) WHERE p.id IN $ids AND p.coachingOptIn RETURN p.id", Map.of("ids", ids)));
        assertThat(optedIn).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void shouldLeaveOutTheLearnerTheirActiveCoachAndTheirManagementLine() {
        NEO4J.useDemo();
        var line = new HashSet<>(NEO4J.query(
                "MATCH (l:Person {id: 'p-042'}) "
                        + "MATCH (p:Person) WHERE (l)-[:REPORTS_TO*]->(p) OR (p)-[:REPORTS_TO*]->(l) RETURN p.id",
                Map.of()));

        var answer = coaching.coachesFor("p-042", null, Map.of(), 200);

        assertThat(line).isNotEmpty();
        assertThat(answer.candidates())
                .extracting(c -> c.coach().id())
                .doesNotContain("p-042", "p-022")
                .doesNotContainAnyElementsOf(line.stream().map(Object::toString).toList());
        assertThat(answer.candidates()).hasSize(answer.eligible());
    }

    @Test
    void shouldAnswerForAnExplicitSkillList() {
        NEO4J.useDemo();

        var answer = coaching.coachesFor("p-042", null, Map.of("sql", 0, "query-tuning", 4), 3);

        assertThat(answer.targetId()).isEqualTo("explicit");
        assertThat(answer.targetChosenBy()).isEqualTo("skills");
        assertThat(answer.gaps()).extracting(CoachNeed::skillId).containsExactlyInAnyOrder("sql", "query-tuning");
        assertThat(answer.gaps())
                .filteredOn(g -> g.skillId().equals("sql"))
                .singleElement()
                .satisfies(g -> assertThat(g.requiredLevel()).isEqualTo(g.learnerLevel() + 1));
    }

    @Test
    void shouldRefuseUnknownPeopleRolesSkillsAndMissingTargets() {
        NEO4J.useDemo();
        var withoutTarget = (String)
                NEO4J.query("MATCH (p:Person) WHERE NOT (p)-[:TARGETS]->() RETURN p.id ORDER BY p.id LIMIT 1", Map.of())
                        .get(0);

        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> coaching.coachesFor("p-nobody", null, Map.of(), 5));
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> coaching.coachesFor("p-042", "astronaut", Map.of(), 5));
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> coaching.coachesFor("p-042", null, Map.of("levitation", 0), 5))
                .satisfies(e -> assertThat(e.code()).isEqualTo("unknown-skill"));
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> coaching.coachesFor(withoutTarget, null, Map.of(), 5))
                .satisfies(e -> assertThat(e.code()).isEqualTo("missing-target"));
    }

    @Test
    void shouldOfferOnlyRecentOptedInCoachesWithFreePlacesAtTheLevelNeeded() {
        CoachingFixtures.load(SMALL_ORG);

        var answer = coaching.coachesFor("l1", null, Map.of(), 10);

        // boss manages l1; b's evidence is 25 months old; c did not opt in; d is full; e holds SQL 3 < 4.
        assertThat(answer.candidates()).extracting(c -> c.coach().id()).containsExactly("a", "f");
        assertThat(answer.gaps())
                .extracting(g -> g.skillId() + ":" + g.minCoachLevel() + ":" + g.eligibleCoaches())
                .containsExactly("sql:4:2", "tuning:3:1");
        var a = answer.candidates().get(0);
        assertThat(a.skills()).extracting(CoveredSkill::skillId).containsExactly("sql", "tuning");
        assertThat(a.breakdown())
                .filteredOn(c -> c.component().equals("coverage"))
                .singleElement()
                .satisfies(c -> assertThat(c.value()).isEqualTo(1.0));
        assertThat(answer.candidates().get(1).breakdown())
                .filteredOn(c -> c.component().equals("recency"))
                .singleElement()
                .satisfies(c -> assertThat(c.value()).isZero());
    }

    @Test
    void shouldApplyTheCoachingThresholdAndTheLineRuleFromTheSettings() {
        CoachingFixtures.load(SMALL_ORG);
        var d = CoachingSettings.defaults();
        var lenient = CoachingFixtures.service(
                new CoachingSettings(d.threshold(), d.maxEvidenceAge(), false, 2, 25, d.weights(), d.sourceWeights()));
        var strict = CoachingFixtures.service(
                new CoachingSettings(5, d.maxEvidenceAge(), true, 2, 25, d.weights(), d.sourceWeights()));

        assertThat(lenient.coachesFor("l1", null, Map.of(), 10).candidates())
                .extracting(c -> c.coach().id())
                .contains("boss");
        assertThat(strict.coachesFor("l1", null, Map.of(), 10).candidates())
                .extracting(c -> c.coach().id())
                .containsExactly("a");
    }

    @Test
    void shouldListWhoCanCoachASkillStrongestFirstWithCountsByLevel() {
        NEO4J.useDemo();

        var all = coaching.coachesOfSkill("sql", null, 500);
        var top = coaching.coachesOfSkill("sql", 4, 2);

        assertThat(all.minLevel()).isEqualTo(3);
        assertThat(all.coaches()).isNotEmpty().hasSize(all.total());
        assertThat(all.coaches()).allSatisfy(h -> {
            assertThat(h.level()).isGreaterThanOrEqualTo(3);
            assertThat(h.at()).isAfterOrEqualTo(all.evidenceSince());
            assertThat(h.remainingCapacity()).isBetween(0, h.capacity());
        });
        assertThat(all.coaches().stream().map(SkillCoaches.Holder::level).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(all.levels().stream()
                        .mapToInt(SkillCoaches.LevelCount::coaches)
                        .sum())
                .isEqualTo(all.total());
        assertThat(top.coaches())
                .hasSizeLessThanOrEqualTo(2)
                .allSatisfy(h -> assertThat(h.level()).isGreaterThanOrEqualTo(4));
        assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> coaching.coachesOfSkill("sql", 2, 5));
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> coaching.coachesOfSkill("levitation", null, 5));
    }

    @Test
    void shouldShowFullCoachesToDesignersButNotToLearners() {
        CoachingFixtures.load(SMALL_ORG);

        var designers = coaching.coachesOfSkill("sql", 4, 20);

        assertThat(designers.coaches())
                .extracting(h -> h.coach().id() + ":" + h.remainingCapacity())
                .containsExactly("boss:3", "a:1", "d:0", "f:2");
        assertThat(designers.levels())
                .containsExactly(new SkillCoaches.LevelCount(5, 3), new SkillCoaches.LevelCount(4, 1));
        assertThat(List.of("d"))
                .doesNotContainAnyElementsOf(coaching.coachesFor("l1", null, Map.of(), 10).candidates().stream()
                        .map(c -> c.coach().id())
                        .toList());
    }
}
