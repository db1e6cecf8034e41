package org.skillgraph.engine.taxonomy;

import java.time.Instant;
import java.util.List;

/**
 * One change in the history of a skill, role or module: an audited edit or an applied change-set entry.
 *
 * @param via {@code edit} or {@code changeset}
 * @param what the route of an edit, or the kind of a change-set entry
 * @param actor the token id (or {@code cli})
 * @param changeSet the change set, for {@code changeset} changes
 */
public record EntityChange(
        Instant at, String via, String what, String actor, String changeSet, List<String> before, List<String> after) {

    public EntityChange {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
