package org.skillgraph.engine.route;

import java.util.List;
import java.util.Map;

/**
 * The route rules (a)–(c) read literally, on plain level arrays, sharing no code with the planner: a module
 * may start once its ASSUMES levels are held and, for every skill it would raise now, that skill's direct
 * prerequisites are held; completing it raises each taught skill to at least the taught level.
 */
final class LiteralRules {

    private LiteralRules() {}

    static boolean canStart(RouteInstance instance, int m, int[] levels) {
        RouteInstance.Module module = instance.modules().get(m);
        for (Map.Entry<Integer, Integer> assumed : module.assumes().entrySet()) {
            if (levels[assumed.getKey()] < assumed.getValue()) {
                return false;
            }
        }
        for (Map.Entry<Integer, Integer> taught : module.teaches().entrySet()) {
            if (levels[taught.getKey()] < taught.getValue()) {
                for (Map.Entry<Integer, Integer> required :
                        instance.prerequisites(taught.getKey()).entrySet()) {
                    if (levels[required.getKey()] < required.getValue()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    static void complete(RouteInstance instance, int m, int[] levels) {
        instance.modules().get(m).teaches().forEach((skill, level) -> levels[skill] = Math.max(levels[skill], level));
    }

    /** The levels after taking {@code order} step by step, or {@code null} when some step cannot start. */
    static int[] run(RouteInstance instance, List<Integer> order) {
        int[] levels = instance.start().clone();
        for (int m : order) {
            if (!canStart(instance, m, levels)) {
                return null;
            }
            complete(instance, m, levels);
        }
        return levels;
    }

    /**
     * Applies modules of {@code subset} (a bitmask) whenever one can start, until none can; returns the
     * levels, with {@code applied[0]} set to the mask of modules applied.
     */
    static int[] fixpoint(RouteInstance instance, int subset, int[] applied) {
        int[] levels = instance.start().clone();
        int done = 0;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int m = 0; m < instance.modules().size(); m++) {
                if ((subset >> m & 1) == 1 && (done >> m & 1) == 0 && canStart(instance, m, levels)) {
                    complete(instance, m, levels);
                    done |= 1 << m;
                    progress = true;
                }
            }
        }
        applied[0] = done;
        return levels;
    }
}
