package org.skillgraph.engine.coach;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A coach's evidenced level of one skill ({@code HOLDS}): level, source and date.
 *
 * @param heldAs the skill of the same exact-match class the level is held in when it is not {@code skillId}
 *     itself (a crosswalk), else null
 */
record Evidence(String skillId, int level, String source, LocalDate at, String heldAs) {

    Evidence {
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(at, "at");
    }

    /** Evidence of the skill itself. */
    Evidence(String skillId, int level, String source, LocalDate at) {
        this(skillId, level, source, at, null);
    }

    /** The same evidence standing for {@code sought}, an exact match of the skill held. */
    Evidence as(String sought) {
        return sought.equals(skillId) ? this : new Evidence(sought, level, source, at, skillId);
    }
}
