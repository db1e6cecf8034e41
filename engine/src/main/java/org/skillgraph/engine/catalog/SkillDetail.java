package org.skillgraph.engine.catalog;

import java.util.List;

/**
 * A skill and its neighbourhood in the curriculum.
 *
 * @param prerequisites direct prerequisites with the level each must be held at
 * @param transitivePrerequisites every prerequisite reachable over {@code REQUIRES}, with the level on the
 *     edge into it (the highest when several paths reach it) and its shortest depth
 */
public record SkillDetail(
        String id,
        String name,
        String description,
        String kind,
        List<String> aliases,
        String source,
        String sourceUri,
        List<Ref> topics,
        List<LevelledRef> prerequisites,
        List<TransitivePrerequisite> transitivePrerequisites,
        List<LevelledRef> dependents,
        List<Teaching> taughtBy,
        List<Need> neededBy,
        List<Ref> related) {

    public SkillDetail {
        aliases = List.copyOf(aliases);
        topics = List.copyOf(topics);
        prerequisites = List.copyOf(prerequisites);
        transitivePrerequisites = List.copyOf(transitivePrerequisites);
        dependents = List.copyOf(dependents);
        taughtBy = List.copyOf(taughtBy);
        neededBy = List.copyOf(neededBy);
        related = List.copyOf(related);
    }

    /** An entity named by id with its display name. */
    public record Ref(String id, String name) {}

    /** A skill at a level. */
    public record LevelledRef(String id, String name, int level) {}

    public record TransitivePrerequisite(String id, String name, int level, int depth) {}

    /** A module teaching this skill. */
    public record Teaching(String moduleId, String title, int level, double hours, String status) {}

    /** A role needing this skill. */
    public record Need(String roleId, String title, int level, int importance, boolean essential) {}
}
