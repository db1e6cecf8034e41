package org.skillgraph.engine.coach;

import java.util.List;
import java.util.Objects;

/** A pair to start: coach → learner, about {@code skills}. */
record PlannedPair(String coachId, String learnerId, List<String> skills) {

    PlannedPair {
        Objects.requireNonNull(coachId, "coachId");
        Objects.requireNonNull(learnerId, "learnerId");
        skills = List.copyOf(skills);
    }
}
