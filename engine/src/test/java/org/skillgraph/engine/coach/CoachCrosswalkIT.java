package org.skillgraph.engine.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Coach candidates through crosswalks: a level held in an exact match of a gap skill is held for it. */
class CoachCrosswalkIT {

    /**
     * The role needs alpha's SQL at 4. Nobody holds alpha's SQL at 4 or more: {@code m} holds beta's SQL at 5,
     * which matches alpha's; {@code t} holds gamma's at 4, which matches beta's (alpha ≡ beta ≡ gamma); {@code o}
     * holds delta's at 5, which matches nothing; {@code n} holds alpha's own at 3 only. {@code CROSSWALKS} is
     * replaced by the crosswalks of each test.
     */
    private static final String FOUR_FRAMEWORKS = """
            {"frameworks": [{"id": "alpha", "title": "Alpha"}, {"id": "beta", "title": "Beta"},
                            {"id": "gamma", "title": "Gamma"}, {"id": "delta", "title": "Delta"}],
             "skills": [{"id": "a-sql", "name": "SQL", "framework": "alpha"},
                        {"id": "b-sql", "name": "Structured query language", "framework": "beta" CROSSWALKS},
                        {"id": "c-sql", "name": "SQL querying", "framework": "gamma"},
                        {"id": "d-sql", "name": "Databases", "framework": "delta"}],
             "roles": [{"id": "analyst", "title": "Analyst",
                        "needs": [{"skill": "a-sql", "level": 4, "importance": 5, "essential": true}]}],
             "people": [
               {"id": "l", "name": "Learner", "targetRole": "analyst",
                "holds": [{"skill": "a-sql", "level": 2, "source": "self", "at": "{today-1}"}]},
               {"id": "m", "name": "Beta Expert", "coaching": {"optIn": true, "capacity": 2},
                "holds": [{"skill": "b-sql", "level": 5, "source": "assessment", "at": "{today-1}"}]},
               {"id": "t", "name": "Gamma Practitioner", "coaching": {"optIn": true, "capacity": 2},
                "holds": [{"skill": "c-sql", "level": 4, "source": "assessment", "at": "{today-1}"}]},
               {"id": "o", "name": "Delta Expert", "coaching": {"optIn": true, "capacity": 2},
                "holds": [{"skill": "d-sql", "level": 5, "source": "assessment", "at": "{today-1}"}]},
               {"id": "n", "name": "Alpha Junior", "coaching": {"optIn": true, "capacity": 2},
                "holds": [{"skill": "a-sql", "level": 3, "source": "assessment", "at": "{today-1}"}]}],
             "cohorts": [{"id": "k", "name": "Cohort", "members": ["l"]}]}
            """;

    private static final String CHAIN = ", \"exactMatches\": [\"a-sql\", \"c-sql\"]";

    private final CoachingService coaching = CoachingFixtures.service();

    @Test
    void shouldFindACoachWhoHoldsAnExactMatchOfTheGapSkillAtTheLevelHeldThere() {
        CoachingFixtures.load(FOUR_FRAMEWORKS.replace(" CROSSWALKS", CHAIN));

        var answer = coaching.coachesFor("l", null, Map.of(), 10);

        assertThat(answer.gaps())
                .extracting(g -> g.skillId() + ":" + g.minCoachLevel() + ":" + g.eligibleCoaches())
                .containsExactly("a-sql:4:2");
        assertThat(answer.candidates()).extracting(c -> c.coach().id()).containsExactly("m", "t");
        assertThat(answer.candidates().get(0).skills()).singleElement().satisfies(s -> {
            assertThat(s.skillId()).isEqualTo("a-sql");
            assertThat(s.coachLevel()).isEqualTo(5);
            assertThat(s.heldAs()).isEqualTo("b-sql");
            assertThat(s.source()).isEqualTo("assessment");
        });
        assertThat(answer.candidates().get(0).breakdown())
                .filteredOn(c -> c.component().equals("surplus"))
                .singleElement()
                .satisfies(c -> assertThat(c.value()).isEqualTo(1.0));
    }

    @Test
    void shouldFollowCrosswalksTransitively() {
        CoachingFixtures.load(FOUR_FRAMEWORKS.replace(" CROSSWALKS", CHAIN));

        var answer = coaching.coachesFor("l", null, Map.of(), 10);

        assertThat(answer.candidates())
                .filteredOn(c -> c.coach().id().equals("t"))
                .singleElement()
                .satisfies(t -> assertThat(t.skills())
                        .extracting(s -> s.skillId() + ":" + s.coachLevel() + ":" + s.heldAs())
                        .containsExactly("a-sql:4:c-sql"));
    }

    @Test
    void shouldFindNobodyWithoutACrosswalk() {
        CoachingFixtures.load(FOUR_FRAMEWORKS.replace(" CROSSWALKS", ""));

        var answer = coaching.coachesFor("l", null, Map.of(), 10);

        assertThat(answer.candidates()).isEmpty();
        assertThat(answer.gaps())
                .singleElement()
                .satisfies(g -> assertThat(g.eligibleCoaches()).isZero());
    }

    @Test
    void shouldAssignACohortACoachThroughACrosswalk() {
        CoachingFixtures.load(FOUR_FRAMEWORKS.replace(" CROSSWALKS", CHAIN));

        var assignment = coaching.assignCohort("k", null, false);

        assertThat(assignment.assignments()).singleElement().satisfies(pair -> {
            assertThat(pair.coach().id()).isEqualTo("m");
            assertThat(pair.skills())
                    .extracting(s -> s.skillId() + ":" + s.coachLevel() + ":" + s.heldAs())
                    .containsExactly("a-sql:5:b-sql");
        });
    }

    @Test
    void shouldLeaveHeldAsEmptyForASkillHeldItself() {
        CoachingFixtures.load(FOUR_FRAMEWORKS.replace(" CROSSWALKS", CHAIN));

        var answer = coaching.coachesFor("l", null, Map.of("a-sql", 3), 10);

        assertThat(answer.candidates())
                .filteredOn(c -> c.coach().id().equals("n"))
                .singleElement()
                .satisfies(n -> assertThat(n.skills())
                        .extracting(s -> s.skillId() + ":" + s.coachLevel() + ":" + s.heldAs())
                        .containsExactly("a-sql:3:null"));
    }
}
