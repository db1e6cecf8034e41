package org.skillgraph.engine.coach;

import java.util.List;
import java.util.Objects;

/**
 * An optimal assignment.
 *
 * @param pairs the chosen pairs, in the order of the problem's options
 * @param totalScore Σ of their scores, integer units
 */
public record AssignmentSolution(List<Choice> pairs, long totalScore) {

    /**
     * A chosen pair.
     *
     * @param skills the gap skills this coach takes on for this learner: not empty, and disjoint from those of
     *     the learner's other chosen coaches
     */
    public record Choice(String learnerId, String coachId, long score, List<String> skills) {
        public Choice {
            Objects.requireNonNull(learnerId, "learnerId");
            Objects.requireNonNull(coachId, "coachId");
            skills = List.copyOf(skills);
        }
    }

    public AssignmentSolution {
        pairs = List.copyOf(pairs);
    }
}
