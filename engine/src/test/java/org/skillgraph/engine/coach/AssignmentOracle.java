package org.skillgraph.engine.coach;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brute force over every subset of options: the best total score of a set of pairs in which no coach exceeds
 * their places, no learner their number of coaches, and each of a learner's pairs can be given a distinct
 * gap skill it covers.
 */
final class AssignmentOracle {

    private AssignmentOracle() {}

    static long bestTotal(AssignmentProblem problem) {
        var options = problem.options();
        long best = 0;
        for (int mask = 0; mask < (1 << options.size()); mask++) {
            var chosen = new ArrayList<AssignmentProblem.Option>();
            long total = 0;
            for (int i = 0; i < options.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    chosen.add(options.get(i));
                    total += options.get(i).score();
                }
            }
            if (total > best && feasible(problem, chosen)) {
                best = total;
            }
        }
        return best;
    }

    static boolean feasible(AssignmentProblem problem, List<AssignmentProblem.Option> chosen) {
        var perCoach = new HashMap<String, Integer>();
        var perLearner = new HashMap<String, List<AssignmentProblem.Option>>();
        for (var o : chosen) {
            perCoach.merge(o.coachId(), 1, Integer::sum);
            perLearner.computeIfAbsent(o.learnerId(), id -> new ArrayList<>()).add(o);
        }
        for (var e : perCoach.entrySet()) {
            if (e.getValue() > problem.capacities().getOrDefault(e.getKey(), 0)) {
                return false;
            }
        }
        Map<String, Integer> maxCoaches = new HashMap<>();
        problem.learners().forEach(s -> maxCoaches.put(s.learnerId(), s.maxCoaches()));
        for (var e : perLearner.entrySet()) {
            if (e.getValue().size() > maxCoaches.get(e.getKey()) || !distinctSkills(e.getValue(), 0, new HashSet<>())) {
                return false;
            }
        }
        return true;
    }

    /** Whether pairs {@code from…} can each get a different skill they cover, none of {@code taken}. */
    private static boolean distinctSkills(List<AssignmentProblem.Option> pairs, int from, Set<String> taken) {
        if (from == pairs.size()) {
            return true;
        }
        for (var skill : pairs.get(from).skills()) {
            if (taken.add(skill)) {
                if (distinctSkills(pairs, from + 1, taken)) {
                    return true;
                }
                taken.remove(skill);
            }
        }
        return false;
    }
}
