package org.skillgraph.engine.coach;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Coaches assigned across a cohort (or a list of learners), with the maximal total score.
 *
 * @param cohortId the cohort, or {@code null} when the learners were given as a list
 *
 * @param roleId the role every member was assessed against, or {@code null} for each member's target role
 * @param committed whether the pairs were written ({@code commit=true}); otherwise a dry run
 * @param totalScore Σ of the assigned pairs' scores
 * @param assignments the pairs, by learner then score; each pair's skills are the gap skills this coach takes on
 * @param unassigned members who got no coach, with the reason
 * @param utilisation every coach who got learners: capacity, active pairs before, assigned, free places after
 * @param truncatedPools members whose candidate pool was cut to the best {@code poolPerSkill} per gap skill
 */
public record CohortAssignment(
        String cohortId,
        String roleId,
        boolean committed,
        long graphVersion,
        LocalDate evidenceSince,
        double totalScore,
        List<AssignedPair> assignments,
        List<UnassignedLearner> unassigned,
        List<CoachUtilisation> utilisation,
        int truncatedPools) {

    /** A coach for a learner, about some of the learner's gap skills. */
    public record AssignedPair(
            String learnerId,
            CoachProfile coach,
            double score,
            List<CoveredSkill> skills,
            List<ScoreComponent> breakdown) {
        public AssignedPair {
            Objects.requireNonNull(learnerId, "learnerId");
            skills = List.copyOf(skills);
            breakdown = List.copyOf(breakdown);
        }
    }

    /**
     * A member without a coach.
     *
     * @param reason {@code no-target}, {@code no-gap}, {@code already-coached}, {@code no-candidates} or {@code
     *     coaches-taken} (candidates exist but the optimum gives their places to others)
     */
    public record UnassignedLearner(String learnerId, String reason, String detail) {}

    /** How full a coach is once the assignment is made. */
    public record CoachUtilisation(
            String coachId, String name, int capacity, int activeBefore, int assigned, int remainingAfter) {}

    public CohortAssignment {
        assignments = List.copyOf(assignments);
        unassigned = List.copyOf(unassigned);
        utilisation = List.copyOf(utilisation);
    }
}
