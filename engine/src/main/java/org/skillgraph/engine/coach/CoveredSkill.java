package org.skillgraph.engine.coach;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A gap skill a coach covers, with the levels on both sides and the coach's evidence.
 *
 * @param source where the coach's level comes from ({@code assessment}, {@code manager}, {@code peer}, …)
 * @param at date of that evidence
 */
public record CoveredSkill(
        String skillId, String name, int learnerLevel, int requiredLevel, int coachLevel, String source, LocalDate at) {

    public CoveredSkill {
        Objects.requireNonNull(skillId, "skillId");
    }
}
