package org.skillgraph.engine.snapshot;

import java.util.Objects;

/** One line of a role profile: the role needs {@code skillId} at {@code level}. */
public record RoleNeed(String skillId, int level, int importance, boolean essential) {

    public RoleNeed {
        Objects.requireNonNull(skillId, "skillId");
        Levels.check(level, "level of " + skillId);
        if (importance < 1 || importance > 5) {
            throw new IllegalArgumentException("importance of " + skillId + " must be 1–5, was " + importance);
        }
    }
}
