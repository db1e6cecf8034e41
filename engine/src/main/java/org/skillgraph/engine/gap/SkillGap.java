package org.skillgraph.engine.gap;

import java.util.Objects;

/**
 * One needed skill, compared with what the learner holds.
 *
 * @param gap {@code max(0, requiredLevel - currentLevel)}
 * @param importance 1–5, 3 for explicit targets
 * @param essential always {@code true} for explicit targets
 * @param needsRefresh the current level counts one lower because its evidence is older than the refresh period
 * @param selfAssessed the current level rests on the learner's own rating only (no reviewed evidence yet)
 */
public record SkillGap(
        String skillId,
        String name,
        int requiredLevel,
        int currentLevel,
        int gap,
        int importance,
        boolean essential,
        boolean needsRefresh,
        boolean selfAssessed) {

    public SkillGap {
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(name, "name");
        if (gap != Math.max(0, requiredLevel - currentLevel)) {
            throw new IllegalArgumentException("gap of " + skillId + " must be max(0, required - current)");
        }
    }

    /** A gap whose level is not self-assessed only. */
    public SkillGap(
            String skillId,
            String name,
            int requiredLevel,
            int currentLevel,
            int gap,
            int importance,
            boolean essential,
            boolean needsRefresh) {
        this(skillId, name, requiredLevel, currentLevel, gap, importance, essential, needsRefresh, false);
    }

    /** A gap whose level is fresh. */
    public SkillGap(
            String skillId,
            String name,
            int requiredLevel,
            int currentLevel,
            int gap,
            int importance,
            boolean essential) {
        this(skillId, name, requiredLevel, currentLevel, gap, importance, essential, false, false);
    }

    /** Whether the learner already holds the required level. */
    public boolean met() {
        return gap == 0;
    }
}
