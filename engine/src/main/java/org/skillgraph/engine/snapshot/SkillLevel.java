package org.skillgraph.engine.snapshot;

import java.util.Objects;

/**
 * A skill at a level on the 0–5 scale: a prerequisite, what a module teaches or assumes, what a badge
 * certifies.
 */
public record SkillLevel(String skillId, int level) {

    public SkillLevel {
        Objects.requireNonNull(skillId, "skillId");
        Levels.check(level, "level of " + skillId);
    }
}
