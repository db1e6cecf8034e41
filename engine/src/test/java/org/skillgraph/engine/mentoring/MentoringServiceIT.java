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
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.curriculum.CurriculumRepository;
import org.skillgraph.engine.error.ConflictException;
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
