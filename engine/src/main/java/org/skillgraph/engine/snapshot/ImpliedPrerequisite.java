package org.skillgraph.engine.snapshot;

import java.util.List;
import java.util.Objects;

/**
 * A prerequisite a learner must raise on the way to some target skills.
 *
 * @param skillId the prerequisite
 * @param level the level it must reach: the highest level any raised skill requires it at
 * @param neededFor the target skills whose prerequisite chains lead here, by id
 */
public record ImpliedPrerequisite(String skillId, int level, List<String> neededFor) {

    public ImpliedPrerequisite {
        Objects.requireNonNull(skillId, "skillId");
        Levels.check(level, "level of " + skillId);
        neededFor = List.copyOf(neededFor);
    }
}
