package org.skillgraph.engine.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bounded ranking against the exhaustive one on seeded random pools: random reporting trees, places, time zones,
 * holdings, preferences on either side, and random weights (some zero, some large). The first k released, for every k,
 * are exactly the first k of scoring everyone and sorting, ties included; the eligible counts agree; and the bound
 * never undercuts a score.
 */
class CoachBoundPropertiesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final List<String> SKILLS = List.of("a", "b", "c", "d", "e");
    private static final List<String> SOURCES =
            List.of("assessment", "manager", "peer", "badge", "import", "completion");
    private static final List<String> ZONES =
            List.of("Europe/Dublin", "America/Toronto", "Asia/Kolkata", "Australia/Sydney", "Nope/Unknown");
    private static final List<String> PLACES = List.of("Dublin", "Toronto", "Pune");

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldReleaseExactlyTheExhaustiveRankingInOrder(long seed) {
        var random = new Random(seed);
        var settings = settings(random);
        var matcher = new CoachMatcher(settings);
        var scorer = new CoachScorer(settings);
        int size = 5 + random.nextInt(120);
        var chains = chains(random, size + 1);
        var learner = new LearnerContext(
                "p0",
                pick(random, PLACES),
                pick(random, ZONES),
                chains.get(0),
                Map.of(),
                "Dept " + random.nextInt(2),
                preferences(random));
        var needs = new ArrayList<CoachNeed>();
        for (var skill : SKILLS) {
            if (needs.isEmpty() || random.nextBoolean()) {
                int required = 3 + random.nextInt(3);
                needs.add(new CoachNeed(
                        skill, skill, random.nextInt(required), required, required, 1 + random.nextInt(5), -1));
            }
        }
        var bySkill = new HashMap<String, List<PoolCoach>>();
        for (int i = 1; i <= size; i++) {
            var holds = new HashMap<String, Evidence>();
            for (var skill : SKILLS) {
                if (random.nextInt(3) == 0) {
                    holds.put(
                            skill,
                            new Evidence(
                                    skill,
                                    3 + random.nextInt(3),
                                    pick(random, SOURCES),
                                    TODAY.minusDays(random.nextInt(800))));
                }
            }
            int capacity = random.nextInt(4);
            var coach = new PoolCoach(
                    new CoachProfile(
                            "p" + i, "P" + i, "Dept " + random.nextInt(2), pick(random, PLACES), pick(random, ZONES)),
                    capacity,
                    random.nextInt(capacity + 1),
                    chains.get(i),
                    holds,
                    preferences(random));
            holds.keySet()
                    .forEach(s ->
                            bySkill.computeIfAbsent(s, k -> new ArrayList<>()).add(coach));
        }

        var exhaustive = matcher.rank(learner, needs, bySkill, TODAY);
        var bounded = matcher.ranked(learner, needs, bySkill, TODAY);
        int k = 1 + random.nextInt(12);

        assertThat(bounded.eligible()).isEqualTo(exhaustive.scored().size());
        assertThat(bounded.eligiblePerSkill()).isEqualTo(exhaustive.eligiblePerSkill());
        assertThat(bounded.take(k).stream().map(CoachMatcher.Scored::candidate).toList())
                .isEqualTo(exhaustive.top(k));
        assertThat(bounded.take(Integer.MAX_VALUE).stream()
                        .map(CoachMatcher.Scored::candidate)
                        .toList())
                .as("the rest, released after the first k")
                .isEqualTo(exhaustive
                        .candidates()
                        .subList(
                                Math.min(k, exhaustive.scored().size()),
                                exhaustive.scored().size()));
        for (var s : exhaustive.scored()) {
            var covered = new ArrayList<CoachScorer.Match>();
            for (var need : needs) {
                var e = s.coach().holds().get(need.skillId());
                if (e != null && e.level() >= need.minCoachLevel()) {
                    covered.add(new CoachScorer.Match(need, e));
                }
            }
            assertThat(scorer.upperBound(needs, s.coach(), covered, TODAY)).isGreaterThanOrEqualTo(s.score());
        }
    }

    private static CoachingSettings settings(Random random) {
        var weights = random.nextInt(4) == 0
                ? ScoreWeights.defaults()
                : new ScoreWeights(
                        weight(random),
                        weight(random),
                        weight(random),
                        weight(random),
                        weight(random),
                        weight(random),
                        weight(random));
        var prefs = new PreferenceWeights(
                weight(random), weight(random), weight(random), weight(random), weight(random), weight(random));
        return new CoachingSettings(
                        3,
                        Period.ofMonths(24),
                        random.nextBoolean(),
                        2,
                        25,
                        weights,
                        CoachingSettings.DEFAULT_SOURCE_WEIGHTS)
                .withPreferenceWeights(prefs);
    }

    private static double weight(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> 0;
            case 1 -> 1 + random.nextInt(9);
            default -> random.nextInt(1000) / 1000.0;
        };
    }

    private static CoachingPreferences preferences(Random random) {
        if (random.nextBoolean()) {
            return CoachingPreferences.none();
        }
        return new CoachingPreferences(
                random.nextBoolean()
                        ? null
                        : random.nextBoolean() ? CoachingPreferences.REMOTE : CoachingPreferences.IN_PERSON,
                random.nextBoolean() ? List.of() : List.of(random.nextBoolean() ? "en" : "fr"),
                random.nextBoolean() ? null : pick(random, ZONES),
                random.nextBoolean() ? null : random.nextBoolean(),
                random.nextBoolean() ? List.of() : List.of(pick(random, SKILLS)),
                random.nextBoolean() ? null : TODAY.minusDays(random.nextInt(20) - 10),
                random.nextBoolean() ? null : TODAY.plusDays(random.nextInt(20) - 10));
    }

    /** A random forest: each person's chain up to their root (person i reports to someone before them, or no one). */
    private static List<List<String>> chains(Random random, int n) {
        var chains = new ArrayList<List<String>>();
        for (int i = 0; i < n; i++) {
            var chain = new ArrayList<String>();
            chain.add("p" + i);
            if (i > 0 && random.nextInt(6) > 0) {
                chain.addAll(chains.get(random.nextInt(i)));
            }
            chains.add(List.copyOf(chain));
        }
        return chains;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
