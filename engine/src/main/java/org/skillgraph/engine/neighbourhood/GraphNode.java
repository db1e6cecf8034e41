package org.skillgraph.engine.neighbourhood;

import java.util.Objects;

/**
 * A node of a neighbourhood, as a graph view shows it: nothing but its id, its label and its name (the
 * {@code name} or {@code title} property). People in particular expose nothing else.
 */
public record GraphNode(String id, String label, String name) {

    public GraphNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        name = name == null ? id : name;
    }
}
