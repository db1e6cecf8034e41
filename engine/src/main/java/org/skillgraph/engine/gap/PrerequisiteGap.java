package org.skillgraph.engine.gap;

import java.util.List;
import java.util.Objects;

/**
 * A prerequisite the learner must also raise, from {@code currentLevel} to {@code requiredLevel}, before
 * the needed skills in {@code neededFor} can be raised.
 */
public record PrerequisiteGap(
        String skillId, String name, int requiredLevel, int currentLevel, List<String> neededFor) {

    public PrerequisiteGap {
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(name, "name");
        neededFor = List.copyOf(neededFor);
    }
}
