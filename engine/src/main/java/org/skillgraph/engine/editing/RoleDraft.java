package org.skillgraph.engine.editing;

import java.util.List;
import java.util.Objects;

/** A role with its profile ({@code needs}) and career moves out of it ({@code leadsTo}); writing it replaces all. */
public record RoleDraft(
        String id, String title, String family, Integer level, String description, List<Need> needs, List<Move> leadsTo)
        implements EntityDraft {

    public RoleDraft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        needs = List.copyOf(needs);
        leadsTo = List.copyOf(leadsTo);
    }

    /** A needed skill: level 1–5, importance 1–5, essential or desirable. */
    public record Need(String skill, int level, int importance, boolean essential) {}

    /** A career move to another role: {@code promotion} or {@code lateral}. */
    public record Move(String role, String kind) {}
}
