package org.skillgraph.engine.snapshot;

import java.util.Objects;

/**
 * An edge left out of a snapshot while building it.
 *
 * @param relationship the relationship type, e.g. {@code NEEDS}
 * @param fromId id of the start node as given (may be {@code null} when the source had none)
 * @param toId id of the end node as given (may be {@code null})
 * @param problem why it was left out, e.g. {@code level 7 is off the 0–5 scale}
 */
public record DroppedEdge(String relationship, String fromId, String toId, String problem) {

    public DroppedEdge {
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(problem, "problem");
    }

    /** {@code NEEDS role -> skill: problem}. */
    public String description() {
        return relationship + " " + fromId + " -> " + toId + ": " + problem;
    }
}
