package org.skillgraph.engine.mentoring;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a pair works on: one of the learner's gap skills, from the level the learner held when the goal was set to
 * a target level by a date.
 */
public record Goal(
        String id, String skillId, int startLevel, int targetLevel, LocalDate targetDate, LocalDate createdOn) {

    public Goal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(skillId, "skillId");
    }
}
