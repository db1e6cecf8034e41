package org.skillgraph.engine.route;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.ModuleCatalog;

/**
 * Everything the {@link CandidateClosure} found, as sparse lists: what each candidate needs on entry and
 * reaches, and what the whole candidate set can reach. A closure can span thousands of modules when
 * prerequisite chains run deep, so nothing here is a bitset; only the relevant part becomes a
 * {@link RouteProblem}.
 */
final class CandidateGraph {

    final FactTable facts;
    final int[] modules;
    /** Per candidate, the highest fact asked for per skill (lower ones on the same skill are implied). */
    final int[][] entry;
    /** Per candidate, every fact it reaches. */
    final int[][] reaches;

    final boolean[] factReached;
    final boolean[] applied;
    private final Map<Integer, Integer> candidates = new HashMap<>();

    CandidateGraph(CurriculumSnapshot snapshot, CandidateClosure closure) {
        facts = new FactTable(closure.thresholds);
        ModuleCatalog catalog = snapshot.modules();
        modules =
                closure.conditions.keySet().stream().mapToInt(Integer::intValue).toArray();
        entry = new int[modules.length][];
        reaches = new int[modules.length][];
        for (int c = 0; c < modules.length; c++) {
            candidates.put(modules[c], c);
            entry[c] = entryFacts(closure.conditions.get(modules[c]));
            int[] reached = new int[0];
            for (int k = 0; k < catalog.teachesCount(modules[c]); k++) {
                int[] taught = facts.upTo(catalog.teachesSkill(modules[c], k), catalog.teachesLevel(modules[c], k));
                if (taught.length > 0) {
                    reached = Arrays.copyOf(reached, reached.length + taught.length);
                    System.arraycopy(taught, 0, reached, reached.length - taught.length, taught.length);
                }
            }
            reaches[c] = reached;
        }
        factReached = new boolean[facts.size()];
        applied = new boolean[modules.length];
        reachEverything();
    }

    /** The fact "global {@code skill} at ≥ {@code level}", or -1. */
    int fact(int skill, int level) {
        return facts.fact(skill, level);
    }

    /** The candidate index of global {@code module}, or -1. */
    int candidate(int module) {
        return candidates.getOrDefault(module, -1);
    }

    int[][] achievers() {
        return Incidence.invert(reaches, facts.size());
    }

    private int[] entryFacts(List<int[]> conditions) {
        int[] entryFacts = new int[conditions.size()];
        int found = 0;
        for (int i = 0; i < conditions.size(); i++) {
            int[] condition = conditions.get(i);
            boolean implied = false;
            for (int j = 0; j < conditions.size() && !implied; j++) {
                int[] other = conditions.get(j);
                implied = other[0] == condition[0] && (other[1] > condition[1] || (other[1] == condition[1] && j < i));
            }
            if (!implied) {
                entryFacts[found++] = fact(condition[0], condition[1]);
            }
        }
        return Arrays.copyOf(entryFacts, found);
    }

    /** The fixpoint of every candidate, event-driven (see {@link Fixpoint}). */
    private void reachEverything() {
        int[][] waiting = Incidence.invert(entry, facts.size());
        int[] missing = new int[modules.length];
        int[] ready = new int[modules.length];
        int readyCount = 0;
        for (int c = 0; c < modules.length; c++) {
            missing[c] = entry[c].length;
            if (missing[c] == 0) {
                ready[readyCount++] = c;
            }
        }
        for (int next = 0; next < readyCount; next++) {
            int candidate = ready[next];
            applied[candidate] = true;
            for (int fact : reaches[candidate]) {
                if (!factReached[fact]) {
                    factReached[fact] = true;
                    for (int waiter : waiting[fact]) {
                        if (--missing[waiter] == 0) {
                            ready[readyCount++] = waiter;
                        }
                    }
                }
            }
        }
    }
}
