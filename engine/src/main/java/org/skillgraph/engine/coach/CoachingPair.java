package org.skillgraph.engine.coach;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A coaching pair (coach → learner).
 *
 * @param skills the skills the coaching is about (may be empty)
 * @param endedAt when the pair ended, or {@code null} while it is active
 */
public record CoachingPair(String coachId, String learnerId, LocalDate since, List<String> skills, LocalDate endedAt) {

    public CoachingPair {
        Objects.requireNonNull(coachId, "coachId");
        Objects.requireNonNull(learnerId, "learnerId");
        skills = List.copyOf(skills);
    }
}
