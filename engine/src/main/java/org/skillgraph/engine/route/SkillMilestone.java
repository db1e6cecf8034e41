package org.skillgraph.engine.route;

import java.util.Objects;

/** The week in which a target skill reaches its required level. */
public record SkillMilestone(String skillId, String skillName, int level, int week) {

    public SkillMilestone {
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(skillName, "skillName");
    }
}
