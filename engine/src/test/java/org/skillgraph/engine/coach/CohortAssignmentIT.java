package org.skillgraph.engine.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.skillgraph.engine.coach.CoachingFixtures.NEO4J;
import static org.skillgraph.engine.coach.CoachingFixtures.SMALL_ORG;
import static org.skillgraph.engine.coach.CoachingFixtures.TODAY;
import static org.skillgraph.engine.coach.CoachingFixtures.count;
import static org.skillgraph.engine.coach.CoachingFixtures.version;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.error.NotFoundException;

/** Cohort assignment: optimal, within capacities, explained, dry run by default. */
class CohortAssignmentIT {

    /** The best coach of both learners has one place; the other coach manages l2. Greedy serves one learner. */
    static final String GREEDY_ORG = """
            {"skills": [{"id": "sql", "name": "SQL", "kind": "skill"}],
             "roles": [{"id": "analyst", "title": "Analyst",
                        "needs": [{"skill": "sql", "level": 4, "importance": 5, "essential": true}]}],
             "people": [
               {"id": "boss", "name": "Boss"},
               {"id": "l1", "name": "Learner One", "manager": "boss", "targetRole": "analyst",
                "holds": [{"skill": "sql", "level": 1, "source": "self", "at": "{today-1}"}]},
               {"id": "c2", "name": "Coach Two", "manager": "boss", "coaching": {"optIn": true, "capacity": 1},
                "holds": [{"skill": "sql", "level": 4, "source": "manager", "at": "{today-12}"}]},
               {"id": "l2", "name": "Learner Two", "manager": "c2", "targetRole": "analyst",
                "holds": [{"skill": "sql", "level": 1, "source": "self", "at": "{today-1}"}]},
               {"id": "c1", "name": "Coach One", "manager": "boss", "coaching": {"optIn": true, "capacity": 1},
                "holds": [{"skill": "sql", "level": 5, "source": "assessment", "at": "{today-1}"}]}],
             "cohorts": [{"id": "g", "name": "Greedy trap", "members": ["l1", "l2"]}]}
            """;

    /** One member per reason to stay without a coach; p has one free place for u1 and u2. */
    static final String REASONS_ORG = """
            {"skills": [{"id": "sql", "name": "SQL", "kind": "skill"}, {"id": "java", "name": "Java", "kind": "skill"}],
             "roles": [{"id": "analyst", "title": "Analyst",
                        "needs": [{"skill": "sql", "level": 4, "importance": 5, "essential": true}]},
                       {"id": "dev", "title": "Developer",
                        "needs": [{"skill": "java", "level": 4, "importance": 5, "essential": true}]}],
             "people": [
               {"id": "n", "name": "No Target"},
               {"id": "m", "name": "Met", "targetRole": "analyst",
                "holds": [{"skill": "sql", "level": 4, "source": "self", "at": "{today-1}"}]},
               {"id": "q", "name": "Coached", "targetRole": "analyst",
                "holds": [{"skill": "sql", "level": 1, "source": "self", "at": "{today-1}"}]},
               {"id": "z", "name": "Nobody For Java", "targetRole": "dev"},
               {"id": "u1", "name": "Competing One", "targetRole": "analyst"},
               {"id": "u2", "name": "Competing Two", "targetRole": "analyst"},
               {"id": "p", "name": "Coach", "coaching": {"optIn": true, "capacity": 2},
                "holds": [{"skill": "sql", "level": 5, "source": "assessment", "at": "{today-1}"}],
                "coaches": [{"learner": "q", "since": "{today-2}", "skills": ["sql"]}]}],
             "cohorts": [{"id": "r", "name": "Reasons", "members": ["n", "m", "q", "z", "u1", "u2"]}]}
            """;

    private final CoachingService coaching = CoachingFixtures.service();

    @Test
    void shouldFindTheOptimumWhereGreedyWouldServeOneLearner() {
        CoachingFixtures.load(GREEDY_ORG);
        long before = version();

        var answer = coaching.assignCohort("g", null, true);

        assertThat(answer.committed()).isTrue();
        assertThat(answer.assignments())
                .extracting(p -> p.learnerId() + "→" + p.coach().id())
                .containsExactly("l1→c2", "l2→c1");
        assertThat(answer.totalScore())
                .isEqualTo(CoachScorer.round(answer.assignments().stream()
                        .mapToDouble(CohortAssignment.AssignedPair::score)
                        .sum()));
        assertThat(answer.unassigned()).isEmpty();
        // A pair is people data: the curriculum version, and so the snapshot, stay as they were.
        assertThat(version()).isEqualTo(before);
        assertThat(NEO4J.query(
                        "MATCH (c)-[r:COACHES]->(l) WHERE r.since = date($today) AND r.endedAt IS NULL "
                                + "RETURN c.id + '→' + l.id + ':' + r.skills[0] ORDER BY l.id",
                        Map.of("today", TODAY.toString())))
                .containsExactly("c2→l1:sql", "c1→l2:sql");
    }

    @Test
    void shouldExplainWhyMembersStayWithoutACoach() {
        CoachingFixtures.load(REASONS_ORG);

        var answer = coaching.assignCohort("r", null, false);

        var reasons = new HashMap<String, String>();
        answer.unassigned().forEach(u -> reasons.put(u.learnerId(), u.reason()));
        assertThat(reasons)
                .containsEntry("n", "no-target")
                .containsEntry("m", "no-gap")
                .containsEntry("q", "already-coached")
                .containsEntry("z", "no-candidates")
                .hasSize(5);
        assertThat(answer.assignments()).singleElement().satisfies(p -> {
            assertThat(p.coach().id()).isEqualTo("p");
            assertThat(reasons.get(p.learnerId().equals("u1") ? "u2" : "u1")).isEqualTo("coaches-taken");
        });
        assertThat(answer.utilisation())
                .containsExactly(new CohortAssignment.CoachUtilisation("p", "Coach", 2, 1, 1, 0));
        assertThat(answer.unassigned()).allSatisfy(u -> assertThat(u.detail()).isNotBlank());
    }

    @Test
    void shouldAssignOnlyOnCommitAndKeepEveryLearnerWithinTheRules() {
        CoachingFixtures.load(SMALL_ORG);
        long before = version();

        var dry = coaching.assignCohort("k", null, false);

        assertThat(dry.committed()).isFalse();
        assertThat(version()).isEqualTo(before);
        assertThat(count("MATCH ()-[r:COACHES]->() RETURN count(r)")).isEqualTo(1);
        assertThat(dry.assignments()).isNotEmpty();
        var perLearner = new HashMap<String, Integer>();
        var skillsTaken = new HashSet<String>();
        dry.assignments().forEach(p -> {
            perLearner.merge(p.learnerId(), 1, Integer::sum);
            assertThat(p.skills()).isNotEmpty();
            p.skills()
                    .forEach(s -> assertThat(skillsTaken.add(p.learnerId() + "/" + s.skillId()))
                            .isTrue());
            assertThat(p.coach().id()).isIn("a", "f");
        });
        assertThat(perLearner.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
        assertThat(dry.utilisation()).allSatisfy(u -> {
            assertThat(u.assigned()).isLessThanOrEqualTo(u.capacity() - u.activeBefore());
            assertThat(u.remainingAfter()).isNotNegative();
        });

        var committed = coaching.assignCohort("k", null, true);

        assertThat(committed.assignments()).isEqualTo(dry.assignments());
        assertThat(count("MATCH ()-[r:COACHES]->() WHERE r.endedAt IS NULL RETURN count(r)"))
                .isEqualTo(1 + dry.assignments().size());
        assertThat(coaching.assignCohort("k", null, false).assignments())
                .as("the committed pairs now count as active")
                .noneMatch(p -> dry.assignments().stream()
                        .anyMatch(d -> d.learnerId().equals(p.learnerId())
                                && d.coach().id().equals(p.coach().id())));
    }

    @Test
    void shouldAssignAListOfLearnersAsTheCohortOfTheSameMembers() {
        CoachingFixtures.load(SMALL_ORG);

        var asList = coaching.assignLearners(List.of("l2", "l1", "l2"), null, false);

        assertThat(asList.cohortId()).isNull();
        assertThat(asList.assignments())
                .isEqualTo(coaching.assignCohort("k", null, false).assignments());
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> coaching.assignLearners(List.of("l1", "nobody", "l2", "ghost"), null, false))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo("unknown-reference");
                    assertThat(e.errors())
                            .extracting(FieldError::pointer)
                            .containsExactly("/learners/1", "/learners/3");
                });
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> coaching.assignLearners(List.of(), null, false));
    }

    @Test
    void shouldAssignADemoCohortWithinCapacitiesAndOutsideManagementLines() {
        NEO4J.useDemo();
        long before = version();

        var answer = coaching.assignCohort("c-2026-q1-data-analysts", null, false);

        assertThat(answer.assignments()).isNotEmpty();
        assertThat(version()).isEqualTo(before);
        for (var u : answer.utilisation()) {
            var row = NEO4J.query(
                    "MATCH (c:Person {id: $id}) RETURN c.coachingCapacity - "
                            + "COUNT { (c)-[r:COACHES]->() WHERE r.endedAt IS NULL }",
                    Map.of("id", u.coachId()));
            assertThat(u.assigned()).isLessThanOrEqualTo(((Number) row.get(0)).intValue());
        }
        for (var p : answer.assignments()) {
            var inLine = NEO4J.query(
                    "MATCH (l:Person {id: $l}), (c:Person {id: $c}) "
                            + "RETURN EXISTS { (l)-[:REPORTS_TO*]->(c) } OR EXISTS { (c)-[:REPORTS_TO*]->(l) }",
                    Map.of("l", p.learnerId(), "c", p.coach().id()));
            assertThat(inLine).containsExactly(false);
        }
        var served = new HashSet<String>();
        answer.assignments().forEach(p -> served.add(p.learnerId()));
        var waiting = new HashSet<String>();
        answer.unassigned().forEach(u -> waiting.add(u.learnerId()));
        var members = new HashSet<>(
                NEO4J.query("MATCH (:Cohort {id: 'c-2026-q1-data-analysts'})<-[:MEMBER_OF]-(p) RETURN p.id", Map.of()));
        assertThat(served).doesNotContainAnyElementsOf(waiting);
        assertThat(new HashSet<Object>(served) {
                    {
                        addAll(waiting);
                    }
                })
                .isEqualTo(members);
    }

    @Test
    void shouldRefuseUnknownCohortsAndRoles() {
        NEO4J.useDemo();

        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> coaching.assignCohort("c-nothing", null, false))
                .satisfies(e -> assertThat(e.kind()).isEqualTo("cohort"));
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> coaching.assignCohort("c-2026-q1-data-analysts", "astronaut", false))
                .satisfies(e -> assertThat(e.kind()).isEqualTo("role"));
    }
}
