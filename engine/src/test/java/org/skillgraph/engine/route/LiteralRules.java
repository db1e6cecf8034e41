package org.skillgraph.engine.route;

import java.util.List;
import java.util.Map;

/**
 * The route rules (a)–(c) read literally, on plain level arrays, sharing no code with the planner: a module
 * may start once its ASSUMES levels are held and, for every skill it would raise now, that skill's direct
 * prerequisites are held; completing it raises each taught skill to at least the taught level.
 */
final class LiteralRules {

    private final RouteInstance instance;
    private final int[][] assumes;
    private final int[][] teaches;
    private final int[][] prerequisites;

    /** The instance flattened into {skill, level, skill, level, …} rows: the oracle runs these rules a lot. */
    LiteralRules(RouteInstance instance) {
        this.instance = instance;
        int modules = instance.modules().size();
        assumes = new int[modules][];
        teaches = new int[modules][];
        for (int m = 0; m < modules; m++) {
            assumes[m] = flatten(instance.modules().get(m).assumes());
            teaches[m] = flatten(instance.modules().get(m).teaches());
        }
        prerequisites = new int[instance.skillCount()][];
        for (int s = 0; s < instance.skillCount(); s++) {
            prerequisites[s] = flatten(instance.prerequisites(s));
        }
    }

    private static int[] flatten(Map<Integer, Integer> levels) {
        int[] flat = new int[levels.size() * 2];
        int next = 0;
        for (Map.Entry<Integer, Integer> entry : levels.entrySet()) {
            flat[next++] = entry.getKey();
            flat[next++] = entry.getValue();
        }
        return flat;
    }

    boolean canStart(int m, int[] levels) {
        for (int k = 0; k < assumes[m].length; k += 2) {
            if (levels[assumes[m][k]] < assumes[m][k + 1]) {
                return false;
            }
        }
        for (int k = 0; k < teaches[m].length; k += 2) {
            int skill = teaches[m][k];
            if (levels[skill] < teaches[m][k + 1]) {
                for (int p = 0; p < prerequisites[skill].length; p += 2) {
                    if (levels[prerequisites[skill][p]] < prerequisites[skill][p + 1]) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    void complete(int m, int[] levels) {
        for (int k = 0; k < teaches[m].length; k += 2) {
            levels[teaches[m][k]] = Math.max(levels[teaches[m][k]], teaches[m][k + 1]);
        }
    }

    /** The levels after taking {@code order} step by step, or {@code null} when some step cannot start. */
    int[] run(List<Integer> order) {
        int[] levels = instance.start().clone();
        for (int m : order) {
            if (!canStart(m, levels)) {
                return null;
            }
            complete(m, levels);
        }
        return levels;
    }

    /**
     * Applies modules of {@code subset} (a bitmask) whenever one can start, until none can; returns the
     * levels, with {@code applied[0]} set to the mask of modules applied.
     */
    int[] fixpoint(int subset, int[] applied) {
        int[] levels = instance.start().clone();
        int done = 0;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int m = 0; m < teaches.length; m++) {
                if ((subset >> m & 1) == 1 && (done >> m & 1) == 0 && canStart(m, levels)) {
                    complete(m, levels);
                    done |= 1 << m;
                    progress = true;
                }
            }
        }
        applied[0] = done;
        return levels;
    }
}
