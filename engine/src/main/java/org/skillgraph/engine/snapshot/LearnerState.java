package org.skillgraph.engine.snapshot;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a learner brings to a plan: held levels by skill id and the modules already completed.
 *
 * <p>Skills absent from {@code levels} are held at level 0. Completion alone is not evidence of a level
 * (the held levels are); completed modules are simply never planned again.
 *
 * @param needsRefresh skills whose level counts one lower because its evidence is older than the refresh
 *     period ({@code LevelRules}); the level in {@code levels} is already the lowered one
 * @param selfAssessed skills whose level rests on the learner's own rating only
 */
public record LearnerState(
        Map<String, Integer> levels, Set<String> completedModules, Set<String> needsRefresh, Set<String> selfAssessed) {

    public LearnerState {
        levels = Map.copyOf(levels);
        completedModules = Set.copyOf(completedModules);
        needsRefresh = Set.copyOf(needsRefresh);
        selfAssessed = Set.copyOf(selfAssessed);
        levels.forEach((skill, level) -> Levels.check(Objects.requireNonNull(level), "held level of " + skill));
    }

    /** A learner none of whose levels is self-assessed only. */
    public LearnerState(Map<String, Integer> levels, Set<String> completedModules, Set<String> needsRefresh) {
        this(levels, completedModules, needsRefresh, Set.of());
    }

    /** A learner whose levels are all fresh. */
    public LearnerState(Map<String, Integer> levels, Set<String> completedModules) {
        this(levels, completedModules, Set.of());
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

    /** Whether the level of {@code skillId} counts one lower until it is evidenced again. */
    public boolean needsRefresh(String skillId) {
        return needsRefresh.contains(skillId);
    }

    /** Whether the level of {@code skillId} rests on the learner's own rating only. */
    public boolean selfAssessed(String skillId) {
        return selfAssessed.contains(skillId);
    }

    /** Whether {@code moduleId} was completed. */
    public boolean completed(String moduleId) {
        return completedModules.contains(moduleId);
    }
}
