package org.skillgraph.engine.route;

import java.util.Objects;

/** A skill a step raises, from the level held before it to the level it teaches. */
public record LevelChange(String skillId, String skillName, int fromLevel, int toLevel) {

    public LevelChange {
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(skillName, "skillName");
        if (toLevel <= fromLevel) {
            throw new IllegalArgumentException("a level change must raise " + skillId);
        }
    }
}
