package org.skillgraph.engine.editing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person's record: properties, current and target role, manager, coaching settings. Writing it
 * replaces those; held skills and learning history are written separately (or imported).
 */
public record PersonDraft(
        String id,
        String name,
        String department,
        String location,
        String timezone,
        String role,
        String targetRole,
        LocalDate targetSince,
        String manager,
        Double weeklyHours,
        String pace,
        Coaching coaching)
        implements EntityDraft {

    public PersonDraft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /** Whether the person coaches, and how many learners at once. */
    public record Coaching(boolean optIn, int capacity) {}
}
