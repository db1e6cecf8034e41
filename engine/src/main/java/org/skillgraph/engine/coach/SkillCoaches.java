package org.skillgraph.engine.coach;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Who can coach one skill (the designers' view): opted-in people holding it at {@code minLevel} or above
 * with recent evidence, strongest first, full coaches included.
 *
 * @param evidenceSince oldest evidence date that counted
 * @param levels how many such people hold each level, highest first
 * @param total how many there are in all ({@code coaches} holds the first k)
 */
public record SkillCoaches(
        String skillId,
        String name,
        int minLevel,
        LocalDate evidenceSince,
        List<LevelCount> levels,
        int total,
        List<Holder> coaches) {

    /** How many coaches hold a level. */
    public record LevelCount(int level, int coaches) {}

    /**
     * A person who can coach the skill.
     *
     * @param capacity how many learners they are willing to coach at once
     * @param remainingCapacity free places: capacity − active pairs (0 when full)
     */
    public record Holder(
            CoachProfile coach, int level, String source, LocalDate at, int capacity, int remainingCapacity) {

        public Holder {
            Objects.requireNonNull(coach, "coach");
        }
    }

    public SkillCoaches {
        Objects.requireNonNull(skillId, "skillId");
        levels = List.copyOf(levels);
        coaches = List.copyOf(coaches);
    }
}
