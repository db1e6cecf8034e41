package org.skillgraph.engine.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Brute force: every subset of allowed modules whose literal fixpoint applies all of it is a feasible route
 * (in the fixpoint's order); a target is reachable when some feasible route reaches it; the optimum is the
 * cheapest feasible route reaching every reachable target, cost being (dispreferred optional modules, hours)
 * compared lexicographically.
 */
final class RouteOracle {

    final Map<Integer, Integer> gapped = new TreeMap<>();
    final Set<Integer> unreachable = new TreeSet<>();
    int bestMask = -1;
    int bestOptional = Integer.MAX_VALUE;
    double bestHours = Double.POSITIVE_INFINITY;

    private final RouteInstance instance;

    RouteOracle(RouteInstance instance) {
        this.instance = instance;
        instance.targets().forEach((skill, level) -> {
            if (instance.start()[skill] < level) {
                gapped.put(skill, level);
            }
        });
        int allowed = 0;
        for (int m : instance.allowedModules()) {
            allowed |= 1 << m;
        }
        // One pass over the subsets: the feasible ones (fixpoint applies them all) and their final levels.
        LiteralRules rules = new LiteralRules(instance);
        List<Integer> feasible = new ArrayList<>();
        List<int[]> reachedLevels = new ArrayList<>();
        Map<Integer, Integer> reachableLevel = new TreeMap<>();
        int[] applied = new int[1];
        for (int subset = allowed; ; subset = (subset - 1) & allowed) {
            int[] levels = rules.fixpoint(subset, applied);
            if (applied[0] == subset) {
                feasible.add(subset);
                reachedLevels.add(levels);
                gapped.keySet().forEach(skill -> reachableLevel.merge(skill, levels[skill], Math::max));
            }
            if (subset == 0) {
                break;
            }
        }
        gapped.forEach((skill, level) -> {
            if (reachableLevel.getOrDefault(skill, 0) < level) {
                unreachable.add(skill);
            }
        });
        for (int i = 0; i < feasible.size(); i++) {
            if (reachesReachableTargets(reachedLevels.get(i))) {
                consider(feasible.get(i));
            }
        }
    }

    private boolean reachesReachableTargets(int[] levels) {
        for (Map.Entry<Integer, Integer> target : gapped.entrySet()) {
            if (!unreachable.contains(target.getKey()) && levels[target.getKey()] < target.getValue()) {
                return false;
            }
        }
        return true;
    }

    private void consider(int subset) {
        int optional = optionalCount(subset);
        double hours = hours(subset);
        boolean better = optional < bestOptional || (optional == bestOptional && hours < bestHours - 1e-9);
        if (better) {
            bestMask = subset;
            bestOptional = optional;
            bestHours = hours;
        }
    }

    int optionalCount(int subset) {
        if (instance.preferences().includeOptional()) {
            return 0;
        }
        int count = 0;
        for (int m = 0; m < instance.modules().size(); m++) {
            if ((subset >> m & 1) == 1 && !instance.modules().get(m).core()) {
                count++;
            }
        }
        return count;
    }

    double hours(int subset) {
        double hours = 0;
        for (int m = 0; m < instance.modules().size(); m++) {
            if ((subset >> m & 1) == 1) {
                hours += instance.modules().get(m).hours();
            }
        }
        return hours;
    }
}
