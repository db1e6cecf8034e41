package org.skillgraph.engine.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.skillgraph.engine.coach.CoachingFixtures.NEO4J;
import static org.skillgraph.engine.coach.CoachingFixtures.SMALL_ORG;
import static org.skillgraph.engine.coach.CoachingFixtures.TODAY;
import static org.skillgraph.engine.coach.CoachingFixtures.count;
import static org.skillgraph.engine.coach.CoachingFixtures.version;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.error.ConflictException;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.error.NotFoundException;

/** Starting and ending pairs: consent, capacity, history, and nothing written on refusal. */
class CoachingPairIT {

    private final CoachingService coaching = CoachingFixtures.service();

    @BeforeEach
    void smallOrganisation() {
        CoachingFixtures.load(SMALL_ORG);
    }

    @Test
    void shouldStartAPairThatTakesACoachingPlace() {
        long before = version();

        var pair = coaching.startPair("a", "l1", List.of("sql", "tuning"));

        assertThat(pair).isEqualTo(new CoachingPair("a", "l1", TODAY, List.of("sql", "tuning"), null));
        // A pair is people data: the curriculum version, and so the snapshot, stay as they were.
        assertThat(version()).isEqualTo(before);
        assertThat(count("MATCH (:Person {id: 'a'})-[r:COACHES]->(:Person {id: 'l1'}) " + "WHERE r.since = date('"
                        + TODAY + "') AND r.endedAt IS NULL RETURN count(r)"))
                .isEqualTo(1);
        assertThat(coaching.coachesFor("l2", null, Map.of(), 10).candidates())
                .extracting(c -> c.coach().id())
                .doesNotContain("a");
    }

    @Test
    void shouldFollowAReportingLineChangedOnAnotherNodeOnceTheOrgVersionMoves() {
        assertThat(coaching.coachesFor("l1", null, Map.of(), 10).candidates())
                .extracting(c -> c.coach().id())
                .contains("a");

        // Another API node moves l1 under coach a: its person write bumps Meta.orgVersion in the same transaction.
        NEO4J.query(
                "MATCH (l:Person {id: 'l1'})-[r:REPORTS_TO]->(), (a:Person {id: 'a'}) DELETE r CREATE (l)-[:REPORTS_TO]->(a)"
                        + " WITH 1 AS done MATCH (m:Meta {id: 'meta'}) SET m.orgVersion = coalesce(m.orgVersion, 0) + 1"
                        + " RETURN done",
                Map.of());

        assertThat(coaching.coachesFor("l1", null, Map.of(), 10).candidates())
                .as("a now manages l1, so is in the management line")
                .extracting(c -> c.coach().id())
                .doesNotContain("a");
    }

    @Test
    void shouldRefuseAFullCoachACoachWithoutConsentAndASecondActivePair() {
        coaching.startPair("f", "l1", List.of());
        long before = version();
        long pairs = count("MATCH ()-[r:COACHES]->() RETURN count(r)");

        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> coaching.startPair("d", "l1", List.of()))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo("coach-capacity");
                    assertThat(e.details()).containsKey("coaches");
                    assertThat(e.details().get("coaches").toString()).contains("capacity=1", "active=1");
                });
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> coaching.startPair("c", "l1", List.of()))
                .satisfies(e -> assertThat(e.code()).isEqualTo("coach-not-opted-in"));
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> coaching.startPair("f", "l1", List.of("sql")))
                .satisfies(e -> assertThat(e.code()).isEqualTo("pair-exists"));
        assertThat(version()).isEqualTo(before);
        assertThat(count("MATCH ()-[r:COACHES]->() RETURN count(r)")).isEqualTo(pairs);
    }

    @Test
    void shouldRefuseUnknownPeopleSelfCoachingAndUnknownSkills() {
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> coaching.startPair("nobody", "l1", List.of()))
                .satisfies(e -> assertThat(e.id()).isEqualTo("nobody"));
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> coaching.startPair("a", "nobody", List.of()))
                .satisfies(e -> assertThat(e.id()).isEqualTo("nobody"));
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> coaching.startPair("a", "a", List.of()))
                .satisfies(
                        e -> assertThat(e.errors()).extracting(f -> f.pointer()).containsExactly("path:learnerId"));
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> coaching.startPair("a", "l1", List.of("sql", "levitation")))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo("unknown-skill");
                    assertThat(e.errors()).extracting(f -> f.pointer()).containsExactly("/skills/1");
                });
        assertThat(count("MATCH (:Person {id: 'a'})-[r:COACHES]->() RETURN count(r)"))
                .isZero();
    }

    @Test
    void shouldEndAPairKeepItAsHistoryAndFreeThePlace() {
        var ended = coaching.endPair("d", "x");

        assertThat(ended).isEqualTo(new CoachingPair("d", "x", TODAY.minusMonths(3), List.of("sql"), TODAY));
        assertThat(count("MATCH (:Person {id: 'd'})-[r:COACHES]->(:Person {id: 'x'}) " + "WHERE r.endedAt = date('"
                        + TODAY + "') RETURN count(r)"))
                .isEqualTo(1);
        assertThat(coaching.coachesFor("l1", null, Map.of(), 10).candidates())
                .extracting(c -> c.coach().id())
                .contains("d");
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> coaching.endPair("d", "x"))
                .satisfies(e -> assertThat(e.kind()).isEqualTo("active coaching pair"));

        coaching.startPair("d", "x", List.of("sql"));

        assertThat(count("MATCH (:Person {id: 'd'})-[r:COACHES]->(:Person {id: 'x'}) RETURN count(r)"))
                .isEqualTo(2);
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> coaching.endPair("d", "nobody"));
    }
}
