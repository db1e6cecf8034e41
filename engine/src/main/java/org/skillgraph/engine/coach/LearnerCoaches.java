package org.skillgraph.engine.coach;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The best coaches for one learner's gap.
 *
 * @param targetId the role the gap is measured against, or {@code "explicit"} for a skill list
 * @param targetChosenBy {@code "request"} (role named by the caller), {@code "target"} (the person's target role)
 *     or {@code "skills"} (explicit skills)
 * @param graphVersion {@code Meta.version} the answer was computed at
 * @param evidenceSince oldest evidence date that counted
 * @param gaps the gap skills sought, with the level a coach needs and how many eligible coaches hold it
 * @param eligible how many eligible coaches there are in all ({@code candidates} holds the best k)
 * @param candidates best first; ties broken by coach id
 */
public record LearnerCoaches(
        String personId,
        String targetId,
        String targetChosenBy,
        long graphVersion,
        LocalDate evidenceSince,
        List<CoachNeed> gaps,
        int eligible,
        List<CoachCandidate> candidates) {

    public LearnerCoaches {
        Objects.requireNonNull(personId, "personId");
        gaps = List.copyOf(gaps);
        candidates = List.copyOf(candidates);
    }
}
