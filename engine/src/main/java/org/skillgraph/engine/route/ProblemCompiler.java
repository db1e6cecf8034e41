package org.skillgraph.engine.route;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.ModuleCatalog;

/** Numbers facts and candidates and turns conditions and teachings into fact bitsets. */
final class ProblemCompiler {

    private final FactTable facts;

    private ProblemCompiler(Map<Integer, Integer> thresholds) {
        this.facts = new FactTable(thresholds);
    }

    /**
     * @param thresholds the facts: global skill to a {@link LevelMask}
     * @param candidates global module indices; each must have an entry in {@code conditions}
     * @param goals {skill, level} pairs, each a fact
     */
    static RouteProblem compile(
            CurriculumSnapshot snapshot,
            Map<Integer, Integer> thresholds,
            Map<Integer, List<int[]>> conditions,
            Collection<Integer> candidates,
            List<int[]> goals,
            boolean optionalDispreferred) {
        return new ProblemCompiler(thresholds).build(snapshot, conditions, candidates, goals, optionalDispreferred);
    }

    private RouteProblem build(
            CurriculumSnapshot snapshot,
            Map<Integer, List<int[]>> conditions,
            Collection<Integer> candidates,
            List<int[]> goals,
            boolean optionalDispreferred) {
        ModuleCatalog catalog = snapshot.modules();
        int[] modules = candidates.stream()
                .sorted(Comparator.comparingDouble(
                                (Integer m) -> catalog.module(m).hours())
                        .thenComparingInt(m -> m))
                .mapToInt(Integer::intValue)
                .toArray();
        int words = Math.max(1, (facts.size() + 63) / 64);
        int n = modules.length;
        double[] hours = new double[n];
        boolean[] optional = new boolean[n];
        long[][] pre = new long[n][];
        int[][] preTop = new int[n][];
        long[][] eff = new long[n][];
        for (int c = 0; c < n; c++) {
            int module = modules[c];
            hours[c] = catalog.module(module).hours();
            optional[c] = optionalDispreferred && !catalog.module(module).core();
            pre[c] = new long[words];
            Map<Integer, Integer> highest = new TreeMap<>();
            for (int[] condition : conditions.get(module)) {
                highest.merge(condition[0], condition[1], Math::max);
            }
            int[] top = new int[highest.size()];
            int found = 0;
            for (Map.Entry<Integer, Integer> condition : highest.entrySet()) {
                int fact = upTo(pre[c], condition.getKey(), condition.getValue());
                if (fact >= 0) {
                    top[found++] = fact;
                }
            }
            preTop[c] = java.util.Arrays.copyOf(top, found);
            eff[c] = new long[words];
            for (int k = 0; k < catalog.teachesCount(module); k++) {
                upTo(eff[c], catalog.teachesSkill(module, k), catalog.teachesLevel(module, k));
            }
        }
        long[] goal = new long[words];
        for (int[] target : goals) {
            Bits.set(goal, facts.fact(target[0], target[1]));
        }
        return new RouteProblem(
                facts.skill, facts.level, modules, hours, optional, pre, preTop, eff, goal, facts.ids());
    }

    /** Sets every fact of {@code skill} at or below {@code level}; returns the highest, or -1. */
    private int upTo(long[] bits, int skill, int level) {
        int highest = -1;
        for (int fact : facts.upTo(skill, level)) {
            Bits.set(bits, fact);
            highest = fact;
        }
        return highest;
    }
}
