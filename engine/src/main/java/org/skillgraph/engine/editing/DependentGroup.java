package org.skillgraph.engine.editing;

import java.util.List;

/**
 * Entities of one kind that refer to an entity about to be deleted.
 *
 * @param kind what they are and how they refer to it, e.g. {@code roles} (needing a skill) or {@code holders}
 * @param count how many there are
 * @param ids their ids, at most {@link Dependents#MAX_IDS}; empty for people, who are only counted
 */
public record DependentGroup(String kind, int count, List<String> ids) {

    public DependentGroup {
        ids = List.copyOf(ids);
    }
}
