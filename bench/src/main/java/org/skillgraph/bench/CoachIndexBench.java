package org.skillgraph.bench;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.skillgraph.api.app.Skillgraph;
import org.skillgraph.engine.coach.CoachingService;
import org.skillgraph.engine.coach.CoachingSettings;
import org.skillgraph.engine.coach.PreferenceRows;
import org.skillgraph.engine.coachindex.CoachIndex;
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.curriculum.CurriculumRepository;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.gap.GapPlanner;
import org.skillgraph.engine.learner.LearnerRepository;

/**
 * The coach candidate index against the pool query, in process and side by side in one run on one store: top 10 for
 * the same learners (alternating which goes first), a 1,000-learner dry-run assignment, whether the answers are
 * identical, and the heap the index takes (used heap after a full GC, with and without a second index built).
 */
final class CoachIndexBench {

    private CoachIndexBench() {}

    static void run(Skillgraph skillgraph, int learners, Map<String, Object> figures) {
        var graph = skillgraph.graph();
        var clock = Clock.systemUTC();
        var rules = LevelRules.defaults();
        var indexed = skillgraph.services().coaching();
        var pooled = new CoachingService(
                graph,
                new LearnerRepository(graph, rules, clock),
                new CurriculumCache(new CurriculumRepository(graph)::load),
                new GapPlanner(),
                indexed.settings(),
                rules,
                clock);
        long began = System.nanoTime();
        indexed.index().orElseThrow().prepare();
        figures.put("indexReadyMs", (System.nanoTime() - began) / 1e6);
        var withIndex = new ArrayList<Long>();
        var withPool = new ArrayList<Long>();
        int same = 0;
        int compared = 0;
        for (int i = 0; i < learners + 20; i++) {
            var id = SyntheticOrganisation.personId(2000 + (i * 7919) % 40_000);
            boolean indexFirst = i % 2 == 0;
            Object a = null;
            Object b = null;
            long ta = 0;
            long tb = 0;
            for (int turn = 0; turn < 2; turn++) {
                long t = System.nanoTime();
                if ((turn == 0) == indexFirst) {
                    a = answer(() -> indexed.coachesFor(id, null, Map.of(), 10));
                    ta = System.nanoTime() - t;
                } else {
                    b = answer(() -> pooled.coachesFor(id, null, Map.of(), 10));
                    tb = System.nanoTime() - t;
                }
            }
            if (i >= 20) { // the first 20 warm up both paths
                withIndex.add(ta);
                withPool.add(tb);
                compared++;
                same += a.equals(b) ? 1 : 0;
            }
        }
        figures.put("top10InProcessLearners", compared);
        figures.put("top10InProcessIndexP50Ms", p(withIndex, 0.5));
        figures.put("top10InProcessPoolP50Ms", p(withPool, 0.5));
        figures.put("top10InProcessIndexP99Ms", p(withIndex, 0.99));
        figures.put("top10InProcessPoolP99Ms", p(withPool, 0.99));
        figures.put("top10IdenticalAnswers", same + " of " + compared);
        var indexRuns = new ArrayList<Double>();
        var poolRuns = new ArrayList<Double>();
        boolean sameAssignment = true;
        for (int run = 0; run < 3; run++) {
            long t = System.nanoTime();
            var x = indexed.assignCohort("c-bench", null, false);
            indexRuns.add((System.nanoTime() - t) / 1e9);
            t = System.nanoTime();
            var y = pooled.assignCohort("c-bench", null, false);
            poolRuns.add((System.nanoTime() - t) / 1e9);
            sameAssignment &= x.equals(y);
        }
        figures.put("assignmentInProcessIndexSecondsMedian", median(indexRuns));
        figures.put("assignmentInProcessPoolSecondsMedian", median(poolRuns));
        figures.put("assignmentInProcessRuns", "index " + indexRuns + " / pool " + poolRuns);
        figures.put("assignmentIdentical", sameAssignment);
        heapOfAnIndex(skillgraph, indexed.settings(), figures);
    }

    /** Used heap after a full GC with a second index built, less the same before it: the index's own share. */
    private static void heapOfAnIndex(Skillgraph skillgraph, CoachingSettings settings, Map<String, Object> figures) {
        long before = usedAfterGc();
        var index = new CoachIndex<>(
                skillgraph.graph(), skillgraph.feed(), settings.threshold(), List.of("self"), PreferenceRows::of);
        index.prepare();
        long after = usedAfterGc();
        var size = index.size();
        java.lang.ref.Reference.reachabilityFence(index);
        figures.put("indexPeople", size[0]);
        figures.put("indexQualifyingHoldings", size[1]);
        figures.put("indexHeapMB", Math.round((after - before) / 1e5) / 10.0);
    }

    private static long usedAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static Object answer(java.util.function.Supplier<Object> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static double p(List<Long> nanos, double q) {
        var sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1)] / 1e6;
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }
}
