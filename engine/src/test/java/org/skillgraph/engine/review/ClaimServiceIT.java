package org.skillgraph.engine.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.coach.CoachingService;
import org.skillgraph.engine.coach.CoachingSettings;
import org.skillgraph.engine.coach.SkillCoaches;
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.curriculum.CurriculumRepository;
import org.skillgraph.engine.error.ConflictException;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.evidence.EvidenceRecord;
import org.skillgraph.engine.evidence.EvidenceService;
import org.skillgraph.engine.evidence.EvidenceSource;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.gap.GapPlanner;
import org.skillgraph.engine.learner.LearnerRepository;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.testing.Neo4jFixture;

/** Claims and their review, retraction and the coach evidence tier, on a small organisation in a real Neo4j. */
class ClaimServiceIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final Neo4jFixture NEO4J = Neo4jFixture.get();

    /**
     * {@code grand} manages {@code boss}, who manages learners {@code l1} and {@code l2} and two coaches:
     * {@code selfie} (no levels yet) and {@code assessed} (SQL 4, assessed a month ago).
     */
    private static final String ORG = """
            {"skills": [{"id": "sql", "name": "SQL", "kind": "skill"},
                        {"id": "tuning", "name": "Query tuning", "kind": "skill"}],
             "roles": [{"id": "analyst", "title": "Analyst",
                        "needs": [{"skill": "sql", "level": 4, "importance": 5, "essential": true}]}],
             "people": [
               {"id": "grand", "name": "Grand"},
               {"id": "boss", "name": "Boss", "manager": "grand"},
               {"id": "l1", "name": "Learner One", "manager": "boss", "targetRole": "analyst"},
               {"id": "l2", "name": "Learner Two", "manager": "boss", "targetRole": "analyst"},
               {"id": "selfie", "name": "Self Rated", "manager": "grand", "coaching": {"optIn": true, "capacity": 3}},
               {"id": "assessed", "name": "Assessed", "manager": "grand", "coaching": {"optIn": true, "capacity": 3},
                "holds": [{"skill": "sql", "level": 4, "source": "assessment", "at": "2026-10-29"}]}]}
            """;

    private static final Reviewer BOSS = new Reviewer("boss", "tok-boss", false);
    private static final Reviewer GRAND = new Reviewer("grand", "tok-grand", false);
    private static final Reviewer ADMIN = new Reviewer(null, "tok-admin", true);

    private final GraphClient graph = GraphClient.wrap(NEO4J.driver(), Neo4jSettings.unauthenticated(NEO4J.boltUri()));
    private final EvidenceService evidence = new EvidenceService(graph, LevelRules.defaults(), CLOCK);
    private final ClaimService claims = new ClaimService(graph, evidence, CLOCK);
    private final PersonEvidence listing = new PersonEvidence(graph);

    @BeforeEach
    void load() {
        NEO4J.reset();
        NEO4J.importer()
                .importBundle(new ByteArrayInputStream(ORG.getBytes(StandardCharsets.UTF_8)), ImportProgress.none());
    }

    @Test
    void shouldRecordASelfAssessmentAsSelfEvidenceWaitingForReview() {
        var claim = claims.submit("l1", new ClaimRequest(ClaimKind.SELF_ASSESSMENT, "tuning", 3, "I tune daily", null));

        assertThat(claim.status()).isEqualTo("pending");
        assertThat(claim.kind()).isEqualTo("self-assessment");
        assertThat(claim.selfEvidenceId()).startsWith("ev-");
        assertThat(holds("l1", "tuning")).isEqualTo(List.of(3L, "self"));
        assertThat(claims.claims("l1", ClaimStatus.PENDING, null, 10).items())
                .extracting(Claim::id)
                .containsExactly(claim.id());
    }

    @Test
    void shouldCountPriorLearningForNothingUntilAccepted() {
        var claim = claims.submit(
                "l1",
                new ClaimRequest(ClaimKind.PRIOR_LEARNING, "sql", 3, "Evening course", "https://example.org/cert/42"));

        assertThat(claim.selfEvidenceId()).isNull();
        assertThat(claim.link()).isEqualTo("https://example.org/cert/42");
        assertThat(holds("l1", "sql")).isEmpty();
    }

    @Test
    void shouldRefuseASecondPendingClaimUnknownSkillsAndPeople() {
        claims.submit("l1", new ClaimRequest(ClaimKind.SELF_ASSESSMENT, "sql", 3, null, null));

        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> claims.submit("l1", new ClaimRequest(ClaimKind.PRIOR_LEARNING, "sql", 4, "x", null)))
                .satisfies(e -> assertThat(e.code()).isEqualTo("claim-pending"));
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(
                        () -> claims.submit("l1", new ClaimRequest(ClaimKind.SELF_ASSESSMENT, "cobol", 3, null, null)))
                .satisfies(
                        e -> assertThat(e.errors()).extracting(f -> f.pointer()).containsExactly("/skill"));
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(
                        () -> claims.submit("ghost", new ClaimRequest(ClaimKind.SELF_ASSESSMENT, "sql", 3, null, null)))
                .satisfies(e -> assertThat(e.code()).isEqualTo("person-not-found"));
        assertThat(count("MATCH (c:Claim) RETURN count(c)")).isEqualTo(1);
    }

    @Test
    void shouldLetManagersUpTheLineAndDesignatedReviewersReviewOnly() {
        assertThat(claims.mayReview(BOSS, "l1")).isTrue();
        assertThat(claims.mayReview(GRAND, "l1")).isTrue();
        assertThat(claims.mayReview(ADMIN, "l1")).isTrue();
        assertThat(claims.mayReview(new Reviewer("l2", "tok-l2", false), "l1")).isFalse();
        assertThat(claims.mayReview(new Reviewer("l1", "tok-l1", false), "l1")).isFalse();
        assertThat(claims.mayReview(BOSS, "grand")).isFalse();
        assertThat(claims.mayReview(BOSS, "ghost")).isFalse();
        assertThat(claims.mayReview(new Reviewer(null, "tok-coordinator", false), "l1"))
                .isFalse();
    }

    @Test
    void shouldAcceptOnceGrantingAReviewedLevelThatOutranksTheSelfRating() {
        var claim = claims.submit("l1", new ClaimRequest(ClaimKind.SELF_ASSESSMENT, "sql", 4, null, null));

        var decision = claims.accept(claim.id(), BOSS, 3, "Solid, not yet 4");

        assertThat(decision.claim().status()).isEqualTo("accepted");
        assertThat(decision.claim().grantedLevel()).isEqualTo(3);
        assertThat(decision.claim().decidedBy()).isEqualTo("boss");
        assertThat(decision.level().current().level()).isEqualTo(3);
        assertThat(decision.level().current().source()).isEqualTo(EvidenceSource.MANAGER);
        assertThat(holds("l1", "sql")).isEqualTo(List.of(3L, "manager"));
        assertThat(NEO4J.query(
                        "MATCH (e:Evidence {id: $id}) RETURN [e.assessor, e.claim, e.source]",
                        Map.of("id", decision.claim().evidenceId())))
                .containsExactly(List.of("boss", claim.id(), "manager"));
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> claims.accept(claim.id(), GRAND, null, null))
                .satisfies(e -> assertThat(e.code()).isEqualTo("claim-decided"));
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> claims.reject(claim.id(), ADMIN, "changed my mind"))
                .satisfies(e -> assertThat(e.code()).isEqualTo("claim-decided"));
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> claims.accept("cl-nobody", ADMIN, null, null))
                .satisfies(e -> assertThat(e.code()).isEqualTo("claim-not-found"));
    }

    @Test
    void shouldRejectWithAReasonAndRetractTheSelfRatingItRecorded() {
        var claim = claims.submit("l1", new ClaimRequest(ClaimKind.SELF_ASSESSMENT, "tuning", 4, null, null));
        assertThat(holds("l1", "tuning")).isEqualTo(List.of(4L, "self"));

        var decision = claims.reject(claim.id(), GRAND, "No tuning work seen yet");

        assertThat(decision.claim().status()).isEqualTo("rejected");
        assertThat(decision.claim().reason()).isEqualTo("No tuning work seen yet");
        assertThat(decision.level().current()).isNull();
        assertThat(holds("l1", "tuning")).isEmpty();
        var all = listing.list("l1", "tuning", null, true, null, 10).items();
        assertThat(all).singleElement().satisfies(e -> {
            assertThat(e.retractedAt()).isNotNull();
            assertThat(e.retractReason()).contains("No tuning work seen yet");
        });
        assertThat(listing.list("l1", "tuning", null, false, null, 10).items()).isEmpty();
    }

    @Test
    void shouldRederiveTheLevelWhenEvidenceIsRetracted() {
        evidence.record("l1", EvidenceRecord.of("sql", EvidenceSource.ASSESSMENT, 2, TODAY.minusDays(10)));
        var newer = evidence.record("l1", EvidenceRecord.of("sql", EvidenceSource.ASSESSMENT, 4, TODAY.minusDays(5)));
        var id = newer.evidence().get(0).id();
        assertThat(holds("l1", "sql")).isEqualTo(List.of(4L, "assessment"));

        var retraction = evidence.retract("l1", id, "Entered for the wrong person", "tok-admin");

        assertThat(retraction.level().previousLevel()).isEqualTo(4);
        assertThat(retraction.level().current().level()).isEqualTo(2);
        assertThat(retraction.level().changed()).isTrue();
        assertThat(holds("l1", "sql")).isEqualTo(List.of(2L, "assessment"));
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> evidence.retract("l1", id, "again", "tok-admin"))
                .satisfies(e -> assertThat(e.code()).isEqualTo("evidence-retracted"));
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> evidence.retract("l2", id, "not hers", "tok-admin"))
                .satisfies(e -> assertThat(e.code()).isEqualTo("evidence-not-found"));
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> evidence.retract("ghost", id, "nobody", "tok-admin"))
                .satisfies(e -> assertThat(e.code()).isEqualTo("person-not-found"));
    }

    @Test
    void shouldListEvidenceNewestFirstFilteredAndPaged() {
        evidence.record("l1", EvidenceRecord.of("sql", EvidenceSource.ASSESSMENT, 2, TODAY.minusDays(10)));
        evidence.record("l1", EvidenceRecord.of("sql", EvidenceSource.PEER, 3, TODAY.minusDays(5)));
        evidence.record("l1", EvidenceRecord.of("tuning", EvidenceSource.MANAGER, 2, TODAY.minusDays(1)));

        var first = listing.list("l1", null, null, false, null, 2);
        var second = listing.list("l1", null, null, false, first.nextCursor(), 2);

        assertThat(first.items()).extracting(EvidenceItem::at).containsExactly(TODAY.minusDays(1), TODAY.minusDays(5));
        assertThat(first.nextCursor()).isNotNull();
        assertThat(second.items()).extracting(EvidenceItem::at).containsExactly(TODAY.minusDays(10));
        assertThat(second.nextCursor()).isNull();
        assertThat(listing.list("l1", "sql", null, false, null, 10).items()).hasSize(2);
        assertThat(listing.list("l1", "sql", "peer", false, null, 10).items())
                .singleElement()
                .satisfies(e -> assertThat(e.level()).isEqualTo(3));
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> listing.list("ghost", null, null, false, null, 10));
    }

    @Test
    void shouldQueueOnlyTheClaimsOfPeopleBelowTheReviewer() {
        var one = claims.submit("l1", new ClaimRequest(ClaimKind.SELF_ASSESSMENT, "sql", 3, null, null));
        var two = claims.submit("l2", new ClaimRequest(ClaimKind.PRIOR_LEARNING, "sql", 2, "MOOC", null));
        var coach = claims.submit("selfie", new ClaimRequest(ClaimKind.SELF_ASSESSMENT, "sql", 5, null, null));
        claims.reject(two.id(), BOSS, "Need the certificate");

        assertThat(claims.queue(BOSS, ClaimStatus.PENDING, null, 10).items())
                .extracting(Claim::id)
                .containsExactly(one.id());
        assertThat(claims.queue(BOSS, ClaimStatus.REJECTED, null, 10).items())
                .extracting(Claim::id)
                .containsExactly(two.id());
        assertThat(claims.queue(GRAND, ClaimStatus.PENDING, null, 10).items())
                .extracting(Claim::id)
                .containsExactlyInAnyOrder(one.id(), coach.id());
        assertThat(claims.queue(new Reviewer("l2", "tok-l2", false), ClaimStatus.PENDING, null, 10)
                        .items())
                .isEmpty();
        assertThat(claims.queue(ADMIN, ClaimStatus.PENDING, null, 1).items()).hasSize(1);
        assertThat(claims.queue(ADMIN, ClaimStatus.PENDING, null, 1).nextCursor())
                .isNotNull();
    }

    @Test
    void shouldNeverMakeACoachOfASameDaySelfRatingOfFive() {
        claims.submit("selfie", new ClaimRequest(ClaimKind.SELF_ASSESSMENT, "sql", 5, null, null));
        claims.submit("assessed", new ClaimRequest(ClaimKind.SELF_ASSESSMENT, "sql", 5, null, null));
        assertThat(holds("selfie", "sql")).isEqualTo(List.of(5L, "self"));
        assertThat(holds("assessed", "sql")).isEqualTo(List.of(4L, "assessment"));

        var bySkill = coaching(CoachingSettings.defaults()).coachesOfSkill("sql", null, 10);
        var forLearner = coaching(CoachingSettings.defaults()).coachesFor("l1", null, Map.of(), 10);

        assertThat(bySkill.coaches()).extracting(h -> h.coach().id()).containsExactly("assessed");
        assertThat(bySkill.coaches()).extracting(SkillCoaches.Holder::level).containsExactly(4);
        assertThat(forLearner.candidates()).extracting(c -> c.coach().id()).containsExactly("assessed");
        var lenient = coaching(CoachingSettings.defaults().withEvidenceTier(2)).coachesOfSkill("sql", null, 10);
        assertThat(lenient.coaches()).extracting(h -> h.coach().id()).contains("selfie", "assessed");
    }

    private CoachingService coaching(CoachingSettings settings) {
        return new CoachingService(
                graph,
                new LearnerRepository(graph),
                new CurriculumCache(new CurriculumRepository(graph)::load),
                new GapPlanner(),
                settings,
                LevelRules.defaults(),
                CLOCK);
    }

    private static List<?> holds(String person, String skill) {
        var rows = NEO4J.query(
                "MATCH (:Person {id: $p})-[h:HOLDS]->(:Skill {id: $s}) RETURN [h.level, h.source]",
                Map.of("p", person, "s", skill));
        return rows.isEmpty() ? List.of() : (List<?>) rows.get(0);
    }

    private static long count(String cypher) {
        return ((Number) NEO4J.query(cypher, Map.of()).get(0)).longValue();
    }
}
