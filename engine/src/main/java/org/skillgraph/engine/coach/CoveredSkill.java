package org.skillgraph.engine.coach;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A gap skill a coach covers, with the levels on both sides and the coach's evidence.
 *
 * @param source where the coach's level comes from ({@code assessment}, {@code manager}, {@code peer}, …)
 * @param at date of that evidence
 * @param heldAs the skill the coach's level is held in when it is an exact match (crosswalk) of {@code skillId}
 *     rather than the skill itself, else null
 */
public record CoveredSkill(
        String skillId,
        String name,
        int learnerLevel,
        int requiredLevel,
        int coachLevel,
        String source,
        LocalDate at,
        String heldAs) {

    public CoveredSkill {
        Objects.requireNonNull(skillId, "skillId");
    }

    /** A skill the coach holds itself. */
    public CoveredSkill(
            String skillId,
            String name,
            int learnerLevel,
            int requiredLevel,
            int coachLevel,
            String source,
            LocalDate at) {
        this(skillId, name, learnerLevel, requiredLevel, coachLevel, source, at, null);
    }
}
