package org.skillgraph.engine.editing;

import java.util.List;
import java.util.Objects;

/**
 * A skill as a designer writes it, in the bundle's vocabulary: its properties and the relationships it
 * owns (topics, broader skills, prerequisites, related skills). Writing it replaces all of them.
 */
public record SkillDraft(
        String id,
        String name,
        String description,
        List<String> aliases,
        String kind,
        List<String> topics,
        List<String> broader,
        List<LevelRef> requires,
        List<String> related)
        implements EntityDraft {

    public SkillDraft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        topics = List.copyOf(topics);
        broader = List.copyOf(broader);
        requires = List.copyOf(requires);
        related = List.copyOf(related);
    }
}
