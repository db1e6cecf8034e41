package org.skillgraph.engine.coach;

import java.time.LocalDate;
import java.util.Objects;

/** A coach's evidenced level of one skill ({@code HOLDS}): level, source and date. */
record Evidence(String skillId, int level, String source, LocalDate at) {

    Evidence {
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(at, "at");
    }
}
