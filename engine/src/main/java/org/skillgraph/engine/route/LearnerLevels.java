package org.skillgraph.engine.route;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.LearnerState;
import org.skillgraph.engine.snapshot.ModuleCatalog;

/**
 * A learner's starting levels and completed modules by snapshot index; unknown ids are ignored.
 *
 * <p>A completed module is not planned again, unless a skill it teaches has decayed (its evidence is older
 * than the refresh period, so it counts one lower) below the level the module teaches: then the module may be
 * repeated to win the level back, and the route says so.
 */
final class LearnerLevels {

    private final Map<Integer, Integer> levels = new HashMap<>();
    private final Set<Integer> completed = new HashSet<>();
    private final Map<Integer, Integer> repeatable = new HashMap<>();
    private final Set<Integer> decayed = new HashSet<>();

    LearnerLevels(CurriculumSnapshot snapshot, LearnerState learner) {
        learner.levels().forEach((skillId, level) -> {
            int skill = snapshot.skillIndex(skillId);
            if (skill >= 0) {
                levels.put(skill, level);
            }
        });
        for (String skillId : learner.needsRefresh()) {
            int skill = snapshot.skillIndex(skillId);
            if (skill >= 0) {
                decayed.add(skill);
            }
        }
        ModuleCatalog modules = snapshot.modules();
        for (String moduleId : learner.completedModules()) {
            int module = snapshot.modules().moduleIndex(moduleId);
            if (module < 0) {
                continue;
            }
            completed.add(module);
            for (int k = 0; k < modules.teachesCount(module); k++) {
                int skill = modules.teachesSkill(module, k);
                if (decayed.contains(skill) && level(skill) < modules.teachesLevel(module, k)) {
                    repeatable.putIfAbsent(module, skill);
                }
            }
        }
    }

    int level(int skill) {
        return levels.getOrDefault(skill, 0);
    }

    /** Whether {@code module} was completed and is not to be repeated (see the class comment). */
    boolean completed(int module) {
        return completed.contains(module) && !repeatable.containsKey(module);
    }

    /** Whether planning {@code module} repeats a completed one whose taught skill decayed. */
    boolean repeat(int module) {
        return repeatable.containsKey(module);
    }

    /** The first decayed skill that makes {@code module} a repeat, or -1 when it is none. */
    int decayedSkill(int module) {
        return repeatable.getOrDefault(module, -1);
    }
}
