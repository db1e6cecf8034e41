package org.skillgraph.engine.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.coach.CoachingService;
import org.skillgraph.engine.coach.CoachingSettings;
import org.skillgraph.engine.coach.CohortAssignment;
import org.skillgraph.engine.coach.CoveredSkill;
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.curriculum.CurriculumRepository;
import org.skillgraph.engine.error.ConflictException;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.gap.GapPlanner;
import org.skillgraph.engine.learner.LearnerRepository;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.seed.testing.Neo4jFixture;

/** Expiry and the due list over the demo organisation, with the clock moved on between the calls. */
class MentoringServiceIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final String LEARNER = "p-042";
    private static final String COACH = "p-172";
    private static final String COHORT = "c-2026-q1-data-analysts";

    private final GraphClient graph = GraphClient.wrap(
            Neo4jFixture.get().driver(),
            Neo4jSettings.unauthenticated(Neo4jFixture.get().boltUri()));

    @BeforeEach
    void demo() {
        Neo4jFixture.get().useDemo();
    }

    @Test
    void shouldExpireAPendingRequestAndFreeItsPlace() {
        var today = services(TODAY);
        int free = free(today.coaching);
        var request = today.mentoring.request(LEARNER, COACH, List.of(), "hello", true);
        assertThat(free(today.coaching)).isEqualTo(free - 1);
        assertThat(request.requestedBy()).isEqualTo("learner");

        var later = services(TODAY.plusDays(15));

        assertThat(later.mentoring.get(COACH, request.id()).state()).isEqualTo(Mentorship.EXPIRED);
        assertThat(free(later.coaching)).isEqualTo(free);
        assertThatThrownBy(() -> later.mentoring.accept(COACH, request.id()))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.code()).isEqualTo("request-expired"));
        assertThat(services(TODAY.plusDays(13))
                        .mentoring
                        .get(LEARNER, request.id())
                        .state())
                .isEqualTo(Mentorship.PROPOSED);
    }

    @Test
    void shouldListPairsWithoutCheckInsAndGoalsPastTheirDate() {
        var today = services(TODAY);
        var id = today.mentoring.request(LEARNER, COACH, List.of(), null, false).id();
        today.mentoring.accept(COACH, id);
        var suggestion = today.journal.suggestions(LEARNER, id).get(0);
        var goal =
                today.journal.addGoal(LEARNER, id, suggestion.skillId(), suggestion.targetLevel(), TODAY.plusDays(20));

        // The demo's own pairs are due too: only this pair is looked at.
        assertThat(due(TODAY.plusDays(10), id)).isEmpty();
        var overdue = due(TODAY.plusDays(21), id);
        assertThat(overdue).singleElement().satisfies(d -> {
            assertThat(d.reasons()).containsExactly("goal-overdue");
            assertThat(d.overdueGoals()).extracting(Goal::id).containsExactly(goal.id());
        });
        var quiet = due(TODAY.plusDays(31), id);
        assertThat(quiet).singleElement().satisfies(d -> {
            assertThat(d.quietDays()).isEqualTo(31);
            assertThat(d.reasons()).containsExactly("no-check-in", "goal-overdue");
        });

        var later = services(TODAY.plusDays(5));
        later.journal.checkIn(COACH, id, false, TODAY.plusDays(5), "second session", 30, List.of());
        assertThat(due(TODAY.plusDays(31), id)).singleElement().satisfies(d -> {
            assertThat(d.lastCheckIn()).isEqualTo(TODAY.plusDays(5));
            assertThat(d.quietDays()).isEqualTo(26);
            assertThat(d.reasons()).containsExactly("goal-overdue");
        });
        assertThat(later.journal.timeline(LEARNER, id).entries())
                .filteredOn(e -> e.kind().equals("check-in"))
                .singleElement()
                .satisfies(e -> assertThat(e.by()).isEqualTo("coach"));
    }

    @Test
    void shouldRefuseAHandleFromAnotherLearnerAnAlteredOneAndOneThatExpired() {
        var today = services(TODAY);
        var handle = today.mentoring.handles().issue(LEARNER, COACH, List.of("sql"));

        assertThat(today.mentoring.handles().redeem(LEARNER, handle))
                .isEqualTo(new RequestHandles.Suggestion(LEARNER, COACH, List.of("sql")));
        assertThatThrownBy(() -> today.mentoring.handles().redeem("p-051", handle))
                .isInstanceOf(NotFoundException.class);
        var altered = handle.substring(0, handle.length() - 3) + (handle.endsWith("AAA") ? "BBB" : "AAA");
        assertThatThrownBy(() -> today.mentoring.handles().redeem(LEARNER, altered))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid-request-handle");
                    assertThat(e.errors()).extracting(FieldError::pointer).containsExactly("/handle");
                });
        var later = services(TODAY.plusDays(2));
        assertThatThrownBy(() -> later.mentoring.requestByHandle(LEARNER, handle, null, true))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.code()).isEqualTo("request-handle-expired");
                    assertThat(e.errors()).extracting(FieldError::pointer).containsExactly("/handle");
                });
    }

    @Test
    void shouldNotAssignACohortMemberAnotherCoachForSkillsOfAPendingRequest() {
        var today = services(TODAY);
        var before = today.coaching.assignCohort(COHORT, null, false);
        var first = before.assignments().get(0);
        var learner = first.learnerId();
        var coach = first.coach().id();
        var skills = first.skills().stream().map(CoveredSkill::skillId).toList();

        today.mentoring.request(learner, coach, skills, null, false);
        var after = today.coaching.assignCohort(COHORT, null, false);

        assertThat(after.assignments())
                .filteredOn(a -> a.learnerId().equals(learner))
                .allSatisfy(a -> {
                    assertThat(a.coach().id()).isNotEqualTo(coach);
                    assertThat(a.skills()).extracting(CoveredSkill::skillId).doesNotContainAnyElementsOf(skills);
                });
        int free = today.coaching.coachesOfSkill(skills.get(0), null, 200).coaches().stream()
                .filter(h -> h.coach().id().equals(coach))
                .findFirst()
                .map(h -> h.remainingCapacity())
                .orElse(0);
        assertThat(after.assignments())
                .filteredOn(a -> a.coach().id().equals(coach))
                .as("the place the request holds is not offered again")
                .hasSizeLessThanOrEqualTo(free);

        // A second pending request fills the learner's two places: the plan leaves them out.
        var second = today.coaching.coachesFor(learner, null, java.util.Map.of(), 5).candidates().stream()
                .filter(c -> !c.coach().id().equals(coach))
                .findFirst();
        if (taken(learner) < 2) {
            today.mentoring.request(learner, second.orElseThrow().coach().id(), List.of(), null, false);
        }
        var full = today.coaching.assignCohort(COHORT, null, false);
        assertThat(full.assignments())
                .extracting(CohortAssignment.AssignedPair::learnerId)
                .doesNotContain(learner);
        assertThat(full.unassigned())
                .filteredOn(u -> u.learnerId().equals(learner))
                .singleElement()
                .satisfies(u -> assertThat(u.reason()).isEqualTo("already-coached"));
    }

    @Test
    void shouldWithdrawOnlyAPendingRequestAndOnlyForItsLearner() {
        var today = services(TODAY);
        int free = free(today.coaching);
        var id = today.mentoring.request(LEARNER, COACH, List.of(), null, true).id();

        assertThatThrownBy(() -> today.mentoring.withdraw(COACH, id, null)).isInstanceOf(NotFoundException.class);
        var withdrawn = today.mentoring.withdraw(LEARNER, id, "changed my mind");

        assertThat(withdrawn.state()).isEqualTo(Mentorship.WITHDRAWN);
        assertThat(free(today.coaching)).isEqualTo(free);
        assertThatThrownBy(() -> today.mentoring.withdraw(LEARNER, id, null))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.code()).isEqualTo("request-not-pending"));
    }

    private List<DuePairs.Due> due(LocalDate day, String id) {
        return new DuePairs(graph, clock(day))
                .due(30).stream().filter(d -> d.mentorshipId().equals(id)).toList();
    }

    private record Services(CoachingService coaching, MentoringService mentoring, PairJournal journal) {}

    private Services services(LocalDate day) {
        var clock = clock(day);
        var coaching = new CoachingService(
                graph,
                new LearnerRepository(graph, LevelRules.defaults(), clock),
                new CurriculumCache(new CurriculumRepository(graph)::load),
                new GapPlanner(),
                CoachingSettings.defaults(),
                clock);
        var mentoring =
                new MentoringService(graph, coaching, LevelRules.defaults(), MentoringSettings.defaults(), clock);
        return new Services(coaching, mentoring, new PairJournal(graph, mentoring, coaching, clock));
    }

    /** The learner's active coaches and pending requests. */
    private static long taken(String learner) {
        return (Long) Neo4jFixture.get()
                .query(
                        "MATCH (l:Person {id: $l}) RETURN COUNT { ()-[r:COACHES]->(l) WHERE r.endedAt IS NULL }"
                                + " + COUNT { (l)<-[:LEARNER]-(:Mentorship {state: 'proposed'}) }",
                        java.util.Map.of("l", learner))
                .get(0);
    }

    private static int free(CoachingService coaching) {
        return coaching.coachesOfSkill("sql", null, 200).coaches().stream()
                .filter(h -> h.coach().id().equals(COACH))
                .findFirst()
                .orElseThrow()
                .remainingCapacity();
    }

    private static Clock clock(LocalDate day) {
        return Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }
}
