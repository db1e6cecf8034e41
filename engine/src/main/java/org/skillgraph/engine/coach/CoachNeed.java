package org.skillgraph.engine.coach;

import java.util.Objects;

/**
 * A gap skill a coach could help with.
 *
 * @param learnerLevel the learner's level now
 * @param requiredLevel the level the role (or the request) asks for
 * @param minCoachLevel the level a coach must hold: max(required, learner's level + 1, coaching threshold)
 * @param importance 1–5 from the role profile, 3 for explicit skills
 * @param eligibleCoaches how many eligible coaches hold it at that level ({@code -1} before the search)
 */
public record CoachNeed(
        String skillId,
        String name,
        int learnerLevel,
        int requiredLevel,
        int minCoachLevel,
        int importance,
        int eligibleCoaches) {

    public CoachNeed {
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(name, "name");
    }

    CoachNeed withEligibleCoaches(int count) {
        return new CoachNeed(skillId, name, learnerLevel, requiredLevel, minCoachLevel, importance, count);
    }
}
