package org.skillgraph.engine.career;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.ModuleInfo;

/**
 * Seeded random career graphs: the routes ranked by hours, by observed moves or by the blend weigh exactly what a
 * brute-force enumeration of every simple chain of moves finds cheapest. The oracle prices a move by hand (each
 * module teaches one skill to level 3 and nothing requires anything, so a move costs the cheapest module of each
 * skill the target role needs above the source role's profile) and counts observed moves from the histories
 * directly.
 */
class CareerWeightingPropertyTest {

    private static final int ROLES = 6;
    private static final int SKILLS = 6;
    private static final int MIN_GROUP = 2;

    private final CareerPlanner planner = new CareerPlanner(new RoutePlanner());

    static Stream<Long> seeds() {
        return LongStreamOf(120);
    }

    private static Stream<Long> LongStreamOf(int n) {
        return IntStream.range(0, n).mapToObj(i -> 7919L * i + 11);
    }

    /** A random organisation: roles' needs, modules' hours, LEADS_TO moves and people's role histories. */
    private record World(
            CurriculumSnapshot snapshot,
            Map<String, Map<String, Integer>> needs,
            Map<String, Double> cheapest,
            Map<String, List<String>> moves,
            List<RoleHistory> histories) {}

    private static World world(long seed) {
        var random = new Random(seed);
        var b = CurriculumSnapshot.builder(1);
        var cheapest = new HashMap<String, Double>();
        for (int s = 0; s < SKILLS; s++) {
            String skill = "s" + s;
            b.skill(skill, skill.toUpperCase(java.util.Locale.ROOT));
            int modules = 1 + random.nextInt(2);
            for (int m = 0; m < modules; m++) {
                double hours = 1 + random.nextInt(20);
                String id = "m-" + s + "-" + m;
                b.module(new ModuleInfo(id, id, hours, "course", "self-paced", null, true, "published", null))
                        .teaches(id, skill, 3);
                cheapest.merge(skill, hours, Math::min);
            }
        }
        var needs = new HashMap<String, Map<String, Integer>>();
        var moves = new HashMap<String, List<String>>();
        for (int r = 0; r < ROLES; r++) {
            String role = "r" + r;
            b.role(role, role, null, null);
            var profile = new HashMap<String, Integer>();
            for (int s = 0; s < SKILLS; s++) {
                if (random.nextInt(3) == 0) {
                    profile.put("s" + s, 1 + random.nextInt(3));
                }
            }
            profile.forEach((skill, level) -> b.needs(role, skill, level, 3, true));
            needs.put(role, profile);
            moves.put(role, new ArrayList<>());
        }
        for (int a = 0; a < ROLES; a++) {
            for (int c = 0; c < ROLES; c++) {
                if (a != c && random.nextInt(100) < 40) {
                    b.leadsTo("r" + a, "r" + c, "promotion");
                    moves.get("r" + a).add("r" + c);
                }
            }
        }
        var histories = new ArrayList<RoleHistory>();
        int people = random.nextInt(16);
        for (int p = 0; p < people; p++) {
            var chain = new ArrayList<String>(List.of("r" + random.nextInt(ROLES)));
            int length = 1 + random.nextInt(3);
            while (chain.size() <= length) {
                var out = moves.get(chain.get(chain.size() - 1));
                String next = !out.isEmpty() && random.nextInt(4) > 0
                        ? out.get(random.nextInt(out.size()))
                        : "r" + random.nextInt(ROLES);
                if (chain.contains(next)) {
                    break;
                }
                chain.add(next);
            }
            var stints = new ArrayList<RoleHistory.Stint>();
            var day = LocalDate.of(2020, 1, 1);
            for (int i = 0; i < chain.size() - 1; i++) {
                var next = day.plusDays(100 + random.nextInt(600));
                stints.add(new RoleHistory.Stint(chain.get(i), day, next));
                day = next;
            }
            histories.add(new RoleHistory(stints, chain.get(chain.size() - 1)));
        }
        return new World(b.build(), needs, cheapest, moves, histories);
    }

    /** Hours of a move for a learner holding exactly {@code from}'s profile; infinite for none possible. */
    private static double hours(World w, String from, String to) {
        double total = 0;
        for (var need : w.needs().get(to).entrySet()) {
            if (w.needs().get(from).getOrDefault(need.getKey(), 0) < need.getValue()) {
                total += w.cheapest().get(need.getKey());
            }
        }
        return total;
    }

    /** Share of the leavers of {@code from} who went straight to {@code to}; 0 below the minimum group. */
    private static double share(World w, String from, String to) {
        Set<Integer> made = new HashSet<>();
        Set<Integer> left = new HashSet<>();
        for (int p = 0; p < w.histories().size(); p++) {
            var h = w.histories().get(p);
            var roles = new ArrayList<String>();
            h.stints().forEach(s -> roles.add(s.role()));
            roles.add(h.current());
            for (int i = 0; i + 1 < roles.size(); i++) {
                if (roles.get(i).equals(from)) {
                    left.add(p);
                    if (roles.get(i + 1).equals(to)) {
                        made.add(p);
                    }
                }
            }
        }
        return made.size() < MIN_GROUP ? 0 : (double) made.size() / left.size();
    }

    /** The weight of every simple chain of moves from {@code from} to {@code to}, cheapest first. */
    private static List<Double> allChains(World w, String from, String to, CareerOptions options) {
        var weights = new ArrayList<Double>();
        walk(w, from, to, options, new HashSet<>(Set.of(from)), 0, weights);
        weights.sort(Double::compare);
        return weights;
    }

    private static void walk(
            World w, String at, String to, CareerOptions options, Set<String> seen, double sofar, List<Double> out) {
        if (at.equals(to)) {
            out.add(round(sofar));
            return;
        }
        for (String next : w.moves().get(at)) {
            if (seen.add(next)) {
                double weight = options.weighting().weight(hours(w, at, next), share(w, at, next), options.alpha());
                walk(w, next, to, options, seen, sofar + weight, out);
                seen.remove(next);
            }
        }
    }

    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void shouldRankRoutesAsTheBruteForceOracleDoes(long seed) {
        var w = world(seed);
        var random = new Random(seed * 31);
        var weighting = CareerOptions.Weighting.values()[random.nextInt(3)];
        var options = new CareerOptions(
                1 + random.nextInt(4), false, 0.7, weighting, Math.round(random.nextDouble() * 100) / 100.0);
        var observed = ObservedMoves.of(w.histories(), MIN_GROUP);

        var answer = planner.between(w.snapshot(), "r0", "r" + (ROLES - 1), options, observed);

        var expected = allChains(w, "r0", "r" + (ROLES - 1), options);
        var found = answer.routes().stream().map(CareerRoute::weight).toList();
        assertThat(found).isEqualTo(expected.subList(0, Math.min(options.k(), expected.size())));
        for (var route : answer.routes()) {
            double hours = 0;
            double weight = 0;
            for (var move : route.moves()) {
                assertThat(move.hours()).isEqualTo(hours(w, move.from(), move.to()));
                assertThat(move.observed().share()).isEqualTo(share(w, move.from(), move.to()));
                hours += move.hours();
                weight += weighting.weight(move.hours(), share(w, move.from(), move.to()), options.alpha());
            }
            assertThat(route.totalHours()).isEqualTo(round(hours));
            assertThat(route.weight()).isEqualTo(round(weight));
        }
    }
}
