package org.skillgraph.engine.editing;

import java.util.List;
import java.util.Objects;

/** A topic of the taxonomy with its broader topics; writing it replaces both. */
public record TopicDraft(String id, String name, List<String> broader) implements EntityDraft {

    public TopicDraft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        broader = List.copyOf(broader);
    }
}
