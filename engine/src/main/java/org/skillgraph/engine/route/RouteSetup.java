package org.skillgraph.engine.route;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.Levels;
import org.skillgraph.engine.snapshot.UnknownTargetException;

/**
 * Prepares a route problem: discovers candidates, finds what the allowed modules can reach at all (the
 * fixpoint of every candidate: levels only rise, so nothing beyond it is reachable and everything in it is
 * reachable together), sets the unreachable targets aside with a reason, and keeps only the facts and
 * modules that lead, backwards, to a reachable target.
 */
final class RouteSetup {

    final RouteProblem problem;
    /** Reachable targets above the start as {skill, level}, by skill index. */
    final List<int[]> targets;

    final List<UnreachableTarget> unreachable;

    private RouteSetup(RouteProblem problem, List<int[]> targets, List<UnreachableTarget> unreachable) {
        this.problem = problem;
        this.targets = targets;
        this.unreachable = unreachable;
    }

    static RouteSetup prepare(
            CurriculumSnapshot snapshot,
            LearnerLevels start,
            Map<String, Integer> targetLevels,
            RoutePreferences preferences) {
        TreeMap<Integer, Integer> gapped = new TreeMap<>();
        targetLevels.forEach((skillId, level) -> {
            int skill = snapshot.skillIndex(skillId);
            if (skill < 0) {
                throw new UnknownTargetException("skill", skillId);
            }
            if (start.level(skill) < Levels.check(level, "target level of " + skillId)) {
                gapped.put(skill, level);
            }
        });
        CandidateClosure closure = new CandidateClosure(snapshot, start, preferences);
        List<int[]> goals = new ArrayList<>();
        gapped.forEach((skill, level) -> {
            closure.require(skill, level);
            goals.add(new int[] {skill, level});
        });
        // Lower levels of the targets tell how far an unreachable target can get. They bring in modules
        // that reach nothing the targets need (those were all found above), so relevance drops them again.
        gapped.forEach(closure::requireLevelsBelow);
        CandidateGraph everything = new CandidateGraph(snapshot, closure);
        List<int[]> reachable = new ArrayList<>();
        List<int[]> missed = new ArrayList<>();
        for (int[] goal : goals) {
            (everything.factReached[everything.fact(goal[0], goal[1])] ? reachable : missed).add(goal);
        }
        Unreachability diagnosis = new Unreachability(snapshot, start, closure, everything);
        List<UnreachableTarget> unreachable = new ArrayList<>();
        missed.forEach(goal -> unreachable.add(diagnosis.explain(goal[0], goal[1])));

        List<Integer> relevant = new ArrayList<>();
        Map<Integer, Integer> needed = relevance(everything, reachable, relevant);
        RouteProblem problem = ProblemCompiler.compile(
                snapshot, needed, closure.conditions, relevant, reachable, !preferences.includeOptional());
        return new RouteSetup(problem, List.copyOf(reachable), List.copyOf(unreachable));
    }

    /**
     * Walks back from the reachable goals: a reachable module achieving a needed fact is relevant, and the
     * facts it needs on entry are needed. Returns the needed facts per skill and marks relevant modules.
     */
    private static Map<Integer, Integer> relevance(
            CandidateGraph graph, List<int[]> goals, List<Integer> relevantModules) {
        int[][] achievers = graph.achievers();
        boolean[] needed = new boolean[graph.facts.size()];
        boolean[] relevant = new boolean[graph.modules.length];
        Deque<Integer> toVisit = new ArrayDeque<>();
        for (int[] goal : goals) {
            int fact = graph.fact(goal[0], goal[1]);
            if (!needed[fact]) {
                needed[fact] = true;
                toVisit.add(fact);
            }
        }
        while (!toVisit.isEmpty()) {
            for (int c : achievers[toVisit.poll()]) {
                if (graph.applied[c] && !relevant[c]) {
                    relevant[c] = true;
                    relevantModules.add(graph.modules[c]);
                    for (int condition : graph.entry[c]) {
                        if (!needed[condition]) {
                            needed[condition] = true;
                            toVisit.add(condition);
                        }
                    }
                }
            }
        }
        Map<Integer, Integer> thresholds = new HashMap<>();
        for (int fact = 0; fact < needed.length; fact++) {
            if (needed[fact]) {
                thresholds.merge(graph.facts.skill[fact], LevelMask.of(graph.facts.level[fact]), (a, b) -> a | b);
            }
        }
        return thresholds;
    }
}
