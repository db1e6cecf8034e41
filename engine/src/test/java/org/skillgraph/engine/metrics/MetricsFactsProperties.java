package org.skillgraph.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillgraph.engine.evidence.EvidenceRecord;
import org.skillgraph.engine.evidence.EvidenceSource;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.ModuleInfo;

/**
 * Every metric aggregated from per-person facts equals the computation from whole histories it replaced (kept
 * as {@code *Oracle}), on 300 random organisations: random role profiles, targets (dated, undated, of a role the
 * curriculum does not know), evidence of every source with and without expiry, module history with undated
 * entries, coaching pairs; each organisation's facts are worked out once and asked on five different days, for
 * everyone and for each target role. One case per seed.
 */
class MetricsFactsProperties {

    private static final LocalDate START = LocalDate.of(2023, 1, 1);
    private static final List<String> SKILLS = List.of("s0", "s1", "s2", "s3", "s4", "s5");
    private static final List<String> ROLES = List.of("r0", "r1", "r2");
    private static final List<String> MODULES = List.of("m0", "m1", "m2");

    static LongStream seeds() {
        return LongStream.range(1, 301);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldAnswerAsTheWholeHistoriesDid(long seed) {
        var random = new SplittableRandom(seed);
        var snapshot = curriculum(random);
        var settings = new MetricsSettings(
                LevelRules.defaults().withRefreshAfter(Period.ofDays(100 + random.nextInt(800))),
                1 + random.nextInt(3),
                1 + random.nextInt(120),
                1 + random.nextInt(120),
                List.of(30 + random.nextInt(60), 180, 365));
        var people = new ArrayList<PersonHistory>();
        int size = random.nextInt(25);
        for (int i = 0; i < size; i++) {
            people.add(person(random, "p" + (100 + i)));
        }
        var facts = people.stream()
                .map(p -> PersonFacts.of(p, 0, snapshot, settings))
                .toList();

        for (int d = 0; d < 5; d++) {
            var asOf = START.plusDays(random.nextInt(1800));
            var why = "seed " + seed + ", as of " + asOf;
            var everyone = MetricsFilter.everyone();
            assertThat(TimeToCompetency.aggregate(facts, asOf, everyone, settings))
                    .as(why)
                    .isEqualTo(TimeToCompetencyOracle.compute(people, snapshot, asOf, everyone, settings));
            assertThat(ModuleFunnel.aggregate(facts, snapshot, asOf, everyone, settings))
                    .as(why)
                    .isEqualTo(ModuleFunnelOracle.compute(people, snapshot, asOf, everyone, settings));
            assertThat(Retention.aggregate(facts, asOf, everyone, settings))
                    .as(why)
                    .isEqualTo(RetentionOracle.compute(people, asOf, everyone, settings));
            assertThat(GapCoverage.aggregate(facts, snapshot, asOf, everyone, settings, 4))
                    .as(why)
                    .isEqualTo(GapCoverageOracle.compute(people, snapshot, asOf, everyone, settings, 4));
            for (var role : ROLES) {
                var filter = new MetricsFilter(role, null, null);
                var targeting = people.stream()
                        .filter(p -> role.equals(p.targetRoleId()))
                        .toList();
                var targetingFacts = facts.stream()
                        .filter(f -> role.equals(f.target().roleId()))
                        .toList();
                assertThat(GapCoverage.aggregate(targetingFacts, snapshot, asOf, filter, settings, 10))
                        .as(why + ", role " + role)
                        .isEqualTo(GapCoverageOracle.compute(targeting, snapshot, asOf, filter, settings, 10));
                assertThat(TimeToCompetency.aggregate(targetingFacts, asOf, filter, settings))
                        .as(why + ", role " + role)
                        .isEqualTo(TimeToCompetencyOracle.compute(targeting, snapshot, asOf, filter, settings));
            }
        }
    }

    private static CurriculumSnapshot curriculum(SplittableRandom random) {
        var builder = CurriculumSnapshot.builder(1);
        SKILLS.forEach(s -> builder.skill(s, "Skill " + s));
        for (var module : MODULES) {
            builder.module(
                    new ModuleInfo(module, "Module " + module, 4, "course", "self-paced", null, true, "published", 70));
        }
        // r2 needs nothing, so that "competent at once" and "no gaps" come up too
        for (var role : ROLES) {
            builder.role(role, "Role " + role, null, 2);
            if (role.equals("r2")) {
                continue;
            }
            for (var skill : SKILLS) {
                if (random.nextInt(3) == 0) {
                    builder.needs(role, skill, 1 + random.nextInt(5), 1 + random.nextInt(5), random.nextBoolean());
                }
            }
        }
        return builder.build();
    }

    private static PersonHistory person(SplittableRandom random, String id) {
        var roles = List.of("r0", "r1", "r2", "ghost");
        String target = random.nextInt(5) == 0 ? null : roles.get(random.nextInt(roles.size()));
        var since = random.nextInt(6) == 0 ? null : day(random);
        var evidence = new ArrayList<EvidenceRecord>();
        int records = random.nextInt(10);
        for (int i = 0; i < records; i++) {
            var at = day(random);
            var expires = random.nextInt(3) == 0 ? at.plusDays(random.nextInt(500)) : null;
            var source = EvidenceSource.values()[random.nextInt(EvidenceSource.values().length)];
            evidence.add(new EvidenceRecord(
                    SKILLS.get(random.nextInt(SKILLS.size())), source, random.nextInt(6), at, null, null, expires));
        }
        var enrolments = new ArrayList<PersonHistory.Enrolment>();
        var attempts = new ArrayList<PersonHistory.Attempt>();
        var completions = new ArrayList<PersonHistory.Completion>();
        for (var module : MODULES) {
            if (random.nextInt(3) == 0) {
                enrolments.add(new PersonHistory.Enrolment(module, random.nextInt(5) == 0 ? null : day(random)));
            }
            int tries = random.nextInt(4);
            for (int t = 0; t < tries; t++) {
                attempts.add(new PersonHistory.Attempt(
                        module,
                        random.nextInt(6) == 0 ? null : day(random),
                        random.nextBoolean() ? null : (double) random.nextInt(101),
                        random.nextBoolean()));
            }
            if (random.nextInt(4) == 0) {
                completions.add(new PersonHistory.Completion(module, day(random)));
            }
        }
        var coaching = new ArrayList<PersonHistory.CoachingSpell>();
        int spells = random.nextInt(3);
        for (int c = 0; c < spells; c++) {
            var from = random.nextInt(5) == 0 ? null : day(random);
            var to = random.nextBoolean() ? null : (from == null ? day(random) : from.plusDays(random.nextInt(200)));
            coaching.add(new PersonHistory.CoachingSpell(
                    "coach", from, to, List.of(SKILLS.get(random.nextInt(SKILLS.size())))));
        }
        return new PersonHistory(
                id,
                "Data",
                target,
                target == null ? null : since,
                evidence,
                enrolments,
                attempts,
                completions,
                coaching);
    }

    private static LocalDate day(SplittableRandom random) {
        return START.plusDays(random.nextInt(1500));
    }
}
