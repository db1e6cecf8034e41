package org.skillgraph.engine.coachindex;

import java.time.LocalDate;
import java.util.Objects;

/** A person's evidenced level of a skill, as stored ({@code HOLDS}): the raw level, before any refresh rule. */
public record Holding(String skillId, int level, String source, LocalDate at) {

    public Holding {
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(at, "at");
    }
}
