package org.skillgraph.engine.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillgraph.engine.evidence.CurrentLevel;
import org.skillgraph.engine.evidence.EvidenceRecord;
import org.skillgraph.engine.evidence.EvidenceSource;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.metrics.MetricsFilter;
import org.skillgraph.engine.metrics.PersonHistory;
import org.skillgraph.engine.snapshot.RoleNeed;

/**
 * The outcome analysis against a brute-force recomputation on small random organisations: levels replayed day by
 * day, coaching checked day by day, every control found by a full scan.
 */
class OutcomeAnalysisProperties {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final LevelRules RULES = LevelRules.defaults();
    private static final List<String> SKILLS = List.of("s1", "s2", "s3", "s4");
    private static final Map<String, List<RoleNeed>> ROLES = Map.of(
            "r1",
                    List.of(
                            new RoleNeed("s1", 3, 3, true),
                            new RoleNeed("s2", 3, 2, false),
                            new RoleNeed("s3", 2, 1, false)),
            "r2", List.of(new RoleNeed("s2", 4, 3, true), new RoleNeed("s4", 3, 2, false)));

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void shouldAgreeWithABruteForceRecomputation(long seed) {
        var random = new Random(seed);
        var people = people(random);
        var pairs = pairs(random, people);

        var report = new OutcomeAnalysis(RULES, 1, 2)
                .compute(people, people, pairs, r -> ROLES.getOrDefault(r, List.of()), TODAY, MetricsFilter.everyone());

        var oracle = new Oracle(people, pairs);
        assertThat(report.goals()).as("seed %d", seed).isEqualTo(oracle.goals);
        assertThat(report.goalsTooRecent()).as("seed %d", seed).isEqualTo(oracle.tooRecent);
        assertThat(report.matched().effect().n()).as("seed %d", seed).isEqualTo(oracle.matchedDiffs.size());
        assertThat(report.matched().unmatchedGoals()).as("seed %d", seed).isEqualTo(oracle.unmatched);
        if (oracle.matchedDiffs.size() >= 2) {
            assertThat(report.matched().effect().difference())
                    .as("seed %d", seed)
                    .isCloseTo(
                            OutcomeStats.round(mean(oracle.matchedDiffs)), org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(report.timeToGoal().reached()).as("seed %d", seed).isEqualTo(oracle.reachedDays.size());
        assertThat(report.timeToGoal().days().median())
                .as("seed %d", seed)
                .isEqualTo(OutcomeStats.spread(oracle.reachedDays).median());
        assertThat(report.goalVsOtherSkills().effect().n()).as("seed %d", seed).isEqualTo(oracle.ownDiffs.size());
        if (oracle.ownDiffs.size() >= 2) {
            assertThat(report.goalVsOtherSkills().effect().difference())
                    .as("seed %d", seed)
                    .isCloseTo(OutcomeStats.round(mean(oracle.ownDiffs)), org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(report.completion().completed()
                        + report.completion().ended()
                        + report.completion().active())
                .isEqualTo(pairs.size());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void shouldSuppressEveryFigureBelowTheGroupMinimum(long seed) {
        var random = new Random(seed);
        var people = people(random);
        var pairs = pairs(random, people);
        var learners = new HashSet<String>();
        pairs.forEach(p -> learners.add(p.learnerId()));

        var report = new OutcomeAnalysis(RULES, learners.size() + 1, 2)
                .compute(people, people, pairs, r -> ROLES.getOrDefault(r, List.of()), TODAY, MetricsFilter.everyone());

        assertThat(report.suppressed()).isTrue();
        assertThat(report.pairs()).isNull();
        assertThat(report.matched()).isNull();
    }

    /** Everything recomputed the slow way. */
    private static final class Oracle {
        int goals;
        int tooRecent;
        int unmatched;
        final List<Double> matchedDiffs = new ArrayList<>();
        final List<Double> reachedDays = new ArrayList<>();
        final List<Double> ownDiffs = new ArrayList<>();

        Oracle(List<PersonHistory> people, List<OutcomePair> pairs) {
            for (var pair : pairs) {
                var learner = people.stream()
                        .filter(p -> p.id().equals(pair.learnerId()))
                        .findFirst()
                        .orElseThrow();
                var until = pair.endedOn() == null ? TODAY : pair.endedOn();
                var gains = new ArrayList<Double>();
                for (var goal : pair.goals()) {
                    goals++;
                    var from = goal.createdOn().isAfter(pair.startedOn()) ? goal.createdOn() : pair.startedOn();
                    if (!from.isBefore(until)) {
                        tooRecent++;
                        continue;
                    }
                    int start = level(learner, goal.skillId(), from);
                    double gain = level(learner, goal.skillId(), until) - start;
                    gains.add(gain);
                    for (var day = from; !day.isAfter(until); day = day.plusDays(1)) {
                        if (level(learner, goal.skillId(), day) >= goal.targetLevel()) {
                            reachedDays.add((double) java.time.temporal.ChronoUnit.DAYS.between(from, day));
                            break;
                        }
                    }
                    var controlGains = new ArrayList<Double>();
                    for (var other : people) {
                        if (other.id().equals(learner.id())
                                || !learner.targetRoleId().equals(other.targetRoleId())
                                || coachedDuring(other.id(), pairs, people, from, until)
                                || level(other, goal.skillId(), from) != start) {
                            continue;
                        }
                        controlGains.add((double) (level(other, goal.skillId(), until) - start));
                    }
                    if (controlGains.isEmpty()) {
                        unmatched++;
                    } else {
                        matchedDiffs.add(gain - mean(controlGains));
                    }
                }
                var goalSkills = new HashSet<String>();
                pairs.stream()
                        .filter(p -> p.learnerId().equals(learner.id()))
                        .forEach(p -> p.goals().forEach(g -> goalSkills.add(g.skillId())));
                var others = new ArrayList<Double>();
                if (pair.startedOn().isBefore(until)) {
                    for (var need : ROLES.get(learner.targetRoleId())) {
                        int start = level(learner, need.skillId(), pair.startedOn());
                        if (!goalSkills.contains(need.skillId()) && start < need.level()) {
                            others.add((double) (level(learner, need.skillId(), until) - start));
                        }
                    }
                }
                if (!gains.isEmpty() && !others.isEmpty()) {
                    ownDiffs.add(mean(gains) - mean(others));
                }
            }
        }

        private static boolean coachedDuring(
                String id, List<OutcomePair> pairs, List<PersonHistory> people, LocalDate from, LocalDate until) {
            for (var day = from; !day.isAfter(until); day = day.plusDays(1)) {
                for (var p : pairs) {
                    if (p.learnerId().equals(id)
                            && !day.isBefore(p.startedOn())
                            && (p.endedOn() == null || !day.isAfter(p.endedOn()))) {
                        return true;
                    }
                }
                for (var person : people) {
                    if (person.id().equals(id)) {
                        for (var s : person.coachedBy()) {
                            if (!day.isBefore(s.since()) && (s.endedAt() == null || !day.isAfter(s.endedAt()))) {
                                return true;
                            }
                        }
                    }
                }
            }
            return false;
        }

        private static int level(PersonHistory person, String skill, LocalDate day) {
            var history = person.evidence().stream()
                    .filter(e -> e.skillId().equals(skill))
                    .toList();
            return RULES.current(history, day).map(CurrentLevel::level).orElse(0);
        }
    }

    private static List<PersonHistory> people(Random random) {
        var people = new ArrayList<PersonHistory>();
        var sources =
                List.of(EvidenceSource.ASSESSMENT, EvidenceSource.MANAGER, EvidenceSource.PEER, EvidenceSource.SELF);
        for (int i = 0; i < 14; i++) {
            var evidence = new ArrayList<EvidenceRecord>();
            int n = random.nextInt(8);
            for (int e = 0; e < n; e++) {
                evidence.add(EvidenceRecord.of(
                        SKILLS.get(random.nextInt(SKILLS.size())),
                        sources.get(random.nextInt(sources.size())),
                        1 + random.nextInt(5),
                        TODAY.minusDays(random.nextInt(300))));
            }
            var spells = new ArrayList<PersonHistory.CoachingSpell>();
            if (random.nextInt(6) == 0) {
                var since = TODAY.minusDays(random.nextInt(200));
                spells.add(new PersonHistory.CoachingSpell(
                        "p-x", since, random.nextBoolean() ? null : since.plusDays(30), List.of()));
            }
            people.add(new PersonHistory(
                    "p-" + i,
                    null,
                    random.nextBoolean() ? "r1" : "r2",
                    null,
                    evidence,
                    List.of(),
                    List.of(),
                    List.of(),
                    spells));
        }
        return people;
    }

    private static List<OutcomePair> pairs(Random random, List<PersonHistory> people) {
        var pairs = new ArrayList<OutcomePair>();
        int n = 2 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            var learner = people.get(random.nextInt(people.size()));
            var started = TODAY.minusDays(random.nextInt(200));
            boolean closed = random.nextBoolean();
            var ended = closed ? started.plusDays(random.nextInt(120)) : null;
            if (ended != null && ended.isAfter(TODAY)) {
                ended = TODAY;
            }
            var goals = new ArrayList<OutcomePair.Target>();
            var needs = ROLES.get(learner.targetRoleId());
            int g = 1 + random.nextInt(2);
            for (int k = 0; k < g; k++) {
                var need = needs.get(random.nextInt(needs.size()));
                goals.add(new OutcomePair.Target(
                        need.skillId(), 2 + random.nextInt(4), started.plusDays(random.nextInt(3) == 0 ? 10 : 0)));
            }
            var state =
                    ended == null ? Mentorship.ACTIVE : random.nextBoolean() ? Mentorship.COMPLETED : Mentorship.ENDED;
            pairs.add(new OutcomePair("m-" + i, state, "p-c" + (i % 2), learner.id(), started, ended, goals));
        }
        return pairs;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
