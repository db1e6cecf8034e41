package org.skillgraph.engine.route;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.ModuleCatalog;
import org.skillgraph.engine.snapshot.ModuleInfo;

/**
 * Discovers, from the targets backwards, every (skill, level) fact that can matter and every allowed module
 * that can reach one. A module's entry conditions are its ASSUMES levels plus the direct prerequisites of each
 * skill it would raise above the starting level; both become facts to reach in turn.
 *
 * <p>Why raising is judged against the starting level only: if a skill was raised during the route, some
 * module raised it, and that module needed the skill's prerequisites at that moment; levels never fall, so
 * they are still held. The literal rule ("prerequisites of every skill the module raises now") therefore
 * admits exactly the same modules at every reachable state, and conditions become static.
 */
final class CandidateClosure {

    /**
     * Global skill to the levels some condition or target compares it with (all above the start), as a
     * {@link LevelMask}.
     */
    final Map<Integer, Integer> thresholds = new HashMap<>();

    /** Candidate module to its entry conditions as {skill, level} pairs, in discovery order. */
    final Map<Integer, List<int[]>> conditions = new LinkedHashMap<>();

    private final CurriculumSnapshot snapshot;
    private final ModuleCatalog modules;
    private final LearnerLevels start;
    private final RoutePreferences preferences;
    private final Deque<int[]> toReach = new ArrayDeque<>();

    CandidateClosure(CurriculumSnapshot snapshot, LearnerLevels start, RoutePreferences preferences) {
        this.snapshot = snapshot;
        this.modules = snapshot.modules();
        this.start = start;
        this.preferences = preferences;
    }

    /** Whether the planner may schedule {@code module} at all. */
    boolean eligible(int module) {
        ModuleInfo info = modules.module(module);
        return info.published() && !start.completed(module) && preferences.allows(info);
    }

    /** Adds a fact to reach and everything it transitively drags in. */
    void require(int skill, int level) {
        toReach.add(new int[] {skill, level});
        while (!toReach.isEmpty()) {
            int[] fact = toReach.poll();
            int known = thresholds.getOrDefault(fact[0], 0);
            if (start.level(fact[0]) >= fact[1] || LevelMask.contains(known, fact[1])) {
                continue;
            }
            thresholds.put(fact[0], LevelMask.with(known, fact[1]));
            for (int k = 0; k < modules.teacherCount(fact[0]); k++) {
                int module = modules.teacher(fact[0], k);
                if (modules.teacherLevel(fact[0], k) >= fact[1]
                        && !conditions.containsKey(module)
                        && eligible(module)) {
                    conditions.put(module, conditionsOf(module));
                }
            }
        }
    }

    /** Adds every level below {@code level} that some module teaches {@code skill} to. */
    void requireLevelsBelow(int skill, int level) {
        for (int k = 0; k < modules.teacherCount(skill); k++) {
            if (modules.teacherLevel(skill, k) < level) {
                require(skill, modules.teacherLevel(skill, k));
            }
        }
    }

    private List<int[]> conditionsOf(int module) {
        List<int[]> entry = new ArrayList<>();
        for (int k = 0; k < modules.assumesCount(module); k++) {
            condition(entry, modules.assumesSkill(module, k), modules.assumesLevel(module, k));
        }
        for (int k = 0; k < modules.teachesCount(module); k++) {
            int taught = modules.teachesSkill(module, k);
            if (start.level(taught) < modules.teachesLevel(module, k)) {
                for (int p = 0; p < snapshot.prerequisiteCount(taught); p++) {
                    condition(entry, snapshot.prerequisite(taught, p), snapshot.prerequisiteLevel(taught, p));
                }
            }
        }
        return entry;
    }

    private void condition(List<int[]> entry, int skill, int level) {
        if (start.level(skill) < level) {
            entry.add(new int[] {skill, level});
            toReach.add(new int[] {skill, level});
        }
    }
}
