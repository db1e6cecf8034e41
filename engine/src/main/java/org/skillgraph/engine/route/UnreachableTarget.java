package org.skillgraph.engine.route;

import java.util.Objects;

/**
 * A target level no allowed published module can bring the learner to; the rest of the route is planned
 * without it.
 *
 * @param reachableLevel the highest level of the skill the allowed modules can reach
 * @param blockingSkillId for {@link UnreachableReason#PREREQUISITE_UNREACHABLE}: a skill whose level the
 *     cheapest allowed teacher needs and that cannot be reached; otherwise {@code null}
 * @param blockingLevel the level needed of the blocking skill, 0 when there is none
 */
public record UnreachableTarget(
        String skillId,
        String skillName,
        int requiredLevel,
        int reachableLevel,
        UnreachableReason reason,
        String blockingSkillId,
        int blockingLevel) {

    public UnreachableTarget {
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(skillName, "skillName");
        Objects.requireNonNull(reason, "reason");
    }
}
