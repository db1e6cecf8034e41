package org.skillgraph.engine.editing;

import java.util.Objects;

/** A skill at a level: a prerequisite, a taught or assumed level (the bundle's {@code {skill, level}}). */
public record LevelRef(String skill, int level) {

    public LevelRef {
        Objects.requireNonNull(skill, "skill");
    }
}
