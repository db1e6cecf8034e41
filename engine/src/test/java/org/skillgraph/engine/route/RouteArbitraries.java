package org.skillgraph.engine.route;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random small curricula: ≤ 8 skills, a REQUIRES DAG, ≤ 10 modules, random start levels and targets. */
final class RouteArbitraries {

    private RouteArbitraries() {}

    static Arbitrary<RouteInstance> instances(int maxModules) {
        return instances(2, 8, Math.min(3, maxModules), maxModules, 50);
    }

    /** Few skills, many overlapping modules, rare entry requirements: routes of several modules to choose. */
    static Arbitrary<RouteInstance> denseInstances() {
        return instances(3, 6, 6, 10, 25);
    }

    /** Beyond brute force but within exact search: 5–8 skills, 12–20 modules. */
    static Arbitrary<RouteInstance> mediumInstances() {
        return instances(5, 8, 12, 20, 25);
    }

    private static Arbitrary<RouteInstance> instances(
            int minSkills, int maxSkills, int minModules, int maxModules, int assumesPercent) {
        return Arbitraries.integers()
                .between(minSkills, maxSkills)
                .flatMap(n -> Combinators.combine(
                                requires(n),
                                modules(n, assumesPercent)
                                        .list()
                                        .ofMinSize(minModules)
                                        .ofMaxSize(maxModules),
                                Arbitraries.integers()
                                        .between(0, 4)
                                        .map(l -> Math.max(0, l - 2))
                                        .list()
                                        .ofSize(n),
                                Arbitraries.integers()
                                        .between(0, maxModules - 1)
                                        .set()
                                        .ofMaxSize(1),
                                edges(n, Arbitraries.integers().between(1, 4), false)
                                        .list()
                                        .ofMinSize(1)
                                        .ofMaxSize(4),
                                preferences())
                        .as((requires, modules, start, completed, targets, preferences) -> RouteInstance.of(
                                n,
                                requires,
                                modules,
                                start.stream().mapToInt(Integer::intValue).toArray(),
                                completed,
                                targets,
                                preferences)));
    }

    /** Dependent → prerequisite edges pointing to a lower index: acyclic by construction. */
    private static Arbitrary<List<RouteInstance.Edge>> requires(int n) {
        return edges(n, Arbitraries.integers().between(1, 3), true).list().ofMaxSize(2 * n);
    }

    private static Arbitrary<RouteInstance.Edge> edges(int n, Arbitrary<Integer> levels, boolean downward) {
        Arbitrary<Integer> from = Arbitraries.integers().between(downward ? 1 : 0, n - 1);
        return from.flatMap(f -> Combinators.combine(
                        downward ? Arbitraries.integers().between(0, f - 1) : Arbitraries.just(f), levels)
                .as((t, level) -> new RouteInstance.Edge(f, t, level)));
    }

    private static Arbitrary<RouteInstance.Module> modules(int n, int assumesPercent) {
        Arbitrary<Map<Integer, Integer>> teaches = skillLevels(n, 2, 5, 1, 3);
        Arbitrary<Map<Integer, Integer>> assumes = chance(assumesPercent)
                .flatMap(any -> any ? skillLevels(n, 1, 3, 1, 1) : Arbitraries.just(Map.<Integer, Integer>of()));
        return Combinators.combine(
                        Arbitraries.integers().between(2, 24).map(halves -> halves / 2.0),
                        teaches,
                        assumes,
                        chance(85),
                        chance(90),
                        Arbitraries.of("course", "video", "workshop"),
                        chance(85))
                .as(RouteInstance.Module::new);
    }

    private static Arbitrary<Map<Integer, Integer>> skillLevels(
            int n, int minLevel, int maxLevel, int minSize, int maxSize) {
        return Combinators.combine(
                        Arbitraries.integers().between(0, n - 1),
                        Arbitraries.integers().between(minLevel, maxLevel))
                .as((skill, level) -> Map.entry(skill, level))
                .list()
                .ofMinSize(minSize)
                .ofMaxSize(maxSize)
                .map(entries -> {
                    Map<Integer, Integer> merged = new TreeMap<>();
                    entries.forEach(e -> merged.merge(e.getKey(), e.getValue(), Math::max));
                    return merged;
                });
    }

    private static Arbitrary<RoutePreferences> preferences() {
        return Combinators.combine(
                        chance(15),
                        chance(15),
                        chance(50),
                        Arbitraries.integers().between(2, 8))
                .as((noWorkshops, selfPacedOnly, includeOptional, weekly) -> new RoutePreferences(
                        noWorkshops ? Set.of("workshop") : Set.of(), selfPacedOnly, includeOptional, (double) weekly));
    }

    private static Arbitrary<Boolean> chance(int percent) {
        return Arbitraries.integers().between(1, 100).map(roll -> roll <= percent);
    }
}
