package org.skillgraph.engine.coach;

import java.util.List;
import java.util.Objects;

/**
 * A ranked coach for one learner.
 *
 * @param score Σ of the breakdown's contributions, 4 decimals
 * @param remainingCapacity free coaching places before this pair
 * @param skills the learner's gap skills this coach covers, in the order of the gaps
 * @param breakdown every score component with its value, weight and contribution
 */
public record CoachCandidate(
        CoachProfile coach,
        double score,
        int remainingCapacity,
        List<CoveredSkill> skills,
        List<ScoreComponent> breakdown) {

    public CoachCandidate {
        Objects.requireNonNull(coach, "coach");
        skills = List.copyOf(skills);
        breakdown = List.copyOf(breakdown);
    }

    /** The score in integer units of 10⁻⁴, as the assignment solver optimises it. */
    long scoreUnits() {
        return Math.round(score * CoachScorer.UNITS);
    }
}
