package org.skillgraph.engine.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.LongStream;

/**
 * Random small curricula for the property tests: ≤ 8 skills, a REQUIRES DAG, ≤ 20 modules, random start levels
 * (some decayed, which lets a completed module be repeated) and targets. Every draw comes from one {@link SplittableRandom} built from the case's seed, so the seed a
 * failing case is named after rebuilds its instance: {@code RandomCurricula.instance(seed, 10)}.
 */
final class RandomCurricula {

    /** Case {@code i} of every property test uses seed {@code BASE_SEED + i}: fixed, so runs repeat. */
    static final long BASE_SEED = 20_261_129L;

    private final SplittableRandom random;

    private RandomCurricula(long seed) {
        random = new SplittableRandom(seed);
    }

    static LongStream seeds(int count) {
        return LongStream.range(0, count).map(i -> BASE_SEED + i);
    }

    /** 2–8 skills, 3 to {@code maxModules} modules, half of them with entry requirements. */
    static RouteInstance instance(long seed, int maxModules) {
        return new RandomCurricula(seed).instance(2, 8, Math.min(3, maxModules), maxModules, 50);
    }

    /** Few skills, many overlapping modules, rare entry requirements: routes of several modules to choose. */
    static RouteInstance dense(long seed) {
        return new RandomCurricula(seed).instance(3, 6, 6, 10, 25);
    }

    /** Beyond brute force but within exact search: 5–8 skills, 12–20 modules. */
    static RouteInstance medium(long seed) {
        return new RandomCurricula(seed).instance(5, 8, 12, 20, 25);
    }

    /**
     * 6–10 skills, many overlapping modules (16–24), rare entry requirements, up to 10 targets: routes where one pair of
     * modules can stand in for another pair, the swap move's case.
     */
    static RouteInstance wide(long seed) {
        return new RandomCurricula(seed).instance(6, 10, 16, 24, 10, 10);
    }

    private RouteInstance instance(int minSkills, int maxSkills, int minModules, int maxModules, int assumesPercent) {
        return instance(minSkills, maxSkills, minModules, maxModules, assumesPercent, 4);
    }

    private RouteInstance instance(
            int minSkills, int maxSkills, int minModules, int maxModules, int assumesPercent, int maxTargets) {
        int n = between(minSkills, maxSkills);
        // Dependent → prerequisite edges pointing to a lower index: acyclic by construction.
        List<RouteInstance.Edge> requires = list(0, 2 * n, () -> {
            int from = between(1, n - 1);
            return new RouteInstance.Edge(from, between(0, from - 1), between(1, 3));
        });
        List<RouteInstance.Module> modules = list(minModules, maxModules, () -> module(n, assumesPercent));
        int[] start = new int[n];
        for (int s = 0; s < n; s++) {
            start[s] = Math.max(0, between(0, 4) - 2);
        }
        Set<Integer> completed = between(0, 1) == 0 ? Set.of() : Set.of(between(0, maxModules - 1));
        List<RouteInstance.Edge> targets = list(1, maxTargets, () -> {
            int skill = between(0, n - 1);
            return new RouteInstance.Edge(skill, skill, between(1, 4));
        });
        RoutePreferences preferences = preferences();
        // Drawn last, so every earlier draw of a seed (and the instance it made before) stays the same.
        Set<Integer> decayed = new java.util.TreeSet<>();
        for (int s = 0; s < n; s++) {
            if (chance(50)) {
                decayed.add(s);
            }
        }
        return RouteInstance.of(n, requires, modules, start, completed, decayed, targets, preferences);
    }

    private RouteInstance.Module module(int n, int assumesPercent) {
        return new RouteInstance.Module(
                between(2, 24) / 2.0,
                skillLevels(n, 2, 5, 1, 3),
                chance(assumesPercent) ? skillLevels(n, 1, 3, 1, 1) : Map.of(),
                chance(85),
                chance(90),
                List.of("course", "video", "workshop").get(between(0, 2)),
                chance(85));
    }

    /** Drawn (skill, level) pairs, a skill drawn twice keeping its higher level. */
    private Map<Integer, Integer> skillLevels(int n, int minLevel, int maxLevel, int minSize, int maxSize) {
        Map<Integer, Integer> merged = new TreeMap<>();
        int size = between(minSize, maxSize);
        for (int i = 0; i < size; i++) {
            merged.merge(between(0, n - 1), between(minLevel, maxLevel), Math::max);
        }
        return merged;
    }

    private RoutePreferences preferences() {
        boolean noWorkshops = chance(15);
        boolean selfPacedOnly = chance(15);
        boolean includeOptional = chance(50);
        double weeklyHours = between(2, 8);
        return new RoutePreferences(
                noWorkshops ? Set.of("workshop") : Set.of(), selfPacedOnly, includeOptional, weeklyHours);
    }

    private <T> List<T> list(int minSize, int maxSize, Supplier<T> element) {
        int size = between(minSize, maxSize);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    private boolean chance(int percent) {
        return between(1, 100) <= percent;
    }

    private int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }
}
