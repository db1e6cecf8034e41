package org.skillgraph.engine.priorities;

import java.util.List;
import java.util.Objects;

/**
 * One gap skill and what closing it would unblock for the members who lack it. Closing means holding it at
 * the level the member's role needs, or the higher level another of their gaps requires it at.
 *
 * @param level the highest level any member needs it at
 * @param members members who lack it (a need of their role, or a prerequisite of one they must raise)
 * @param criticalFor of those, members for whom it is a prerequisite, directly or through others held too
 *     low, of another of their gaps: the critical path
 * @param unblocks the gaps it is most often a prerequisite of, most members first
 * @param hoursSaved hours its closing would take off those members' routes, in all
 * @param essentialGapsClosed members for whom it is an essential need of their role
 * @param becomeReady members who would then meet every essential need
 * @param becomeAbleToReach members whose role would then be reachable in full, and was not
 * @param explanation the rank in words
 */
public record SkillPriority(
        String skillId,
        String name,
        int level,
        int members,
        int criticalFor,
        List<Unblocked> unblocks,
        double hoursSaved,
        int essentialGapsClosed,
        int becomeReady,
        int becomeAbleToReach,
        String explanation) {

    public SkillPriority {
        Objects.requireNonNull(skillId, "skillId");
        unblocks = List.copyOf(unblocks);
    }

    /** A gap waiting on this one, and for how many members. */
    public record Unblocked(String skillId, String name, int members) {}
}
