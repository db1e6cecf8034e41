package org.skillgraph.engine.snapshot;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a learner brings to a plan: held levels by skill id and the modules already completed.
 *
 * <p>Skills absent from {@code levels} are held at level 0. Completion alone is not evidence of a level
 * (the held levels are); completed modules are simply never planned again.
 */
public record LearnerState(Map<String, Integer> levels, Set<String> completedModules) {

    public LearnerState {
        levels = Map.copyOf(levels);
        completedModules = Set.copyOf(completedModules);
        levels.forEach((skill, level) -> Levels.check(Objects.requireNonNull(level), "held level of " + skill));
    }

    /** A learner who holds nothing and has completed nothing. */
    public static LearnerState empty() {
        return new LearnerState(Map.of(), Set.of());
    }

    /** A learner holding {@code levels}, with no completed modules. */
    public static LearnerState of(Map<String, Integer> levels) {
        return new LearnerState(levels, Set.of());
    }

    /** The held level of {@code skillId}, 0 when not held. */
    public int levelOf(String skillId) {
        return levels.getOrDefault(skillId, 0);
    }

    /** Whether {@code moduleId} was completed. */
    public boolean completed(String moduleId) {
        return completedModules.contains(moduleId);
    }
}
