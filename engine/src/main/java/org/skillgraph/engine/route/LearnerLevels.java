package org.skillgraph.engine.route;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.LearnerState;

/** A learner's starting levels and completed modules by snapshot index; unknown ids are ignored. */
final class LearnerLevels {

    private final Map<Integer, Integer> levels = new HashMap<>();
    private final Set<Integer> completed = new HashSet<>();

    LearnerLevels(CurriculumSnapshot snapshot, LearnerState learner) {
        learner.levels().forEach((skillId, level) -> {
            int skill = snapshot.skillIndex(skillId);
            if (skill >= 0) {
                levels.put(skill, level);
            }
        });
        for (String moduleId : learner.completedModules()) {
            int module = snapshot.modules().moduleIndex(moduleId);
            if (module >= 0) {
                completed.add(module);
            }
        }
    }

    int level(int skill) {
        return levels.getOrDefault(skill, 0);
    }

    boolean completed(int module) {
        return completed.contains(module);
    }
}
