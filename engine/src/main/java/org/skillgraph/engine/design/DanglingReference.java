package org.skillgraph.engine.design;

import java.util.List;
import java.util.Objects;

/**
 * A relationship of the curriculum whose end nodes do not carry the labels or the ids the model expects.
 *
 * @param fromId id of the start node, or {@code null} when it has none
 * @param expected the allowed {@code Label->Label} pairs of the relationship type
 */
public record DanglingReference(
        String type,
        String fromId,
        List<String> fromLabels,
        String toId,
        List<String> toLabels,
        List<String> expected) {

    public DanglingReference {
        Objects.requireNonNull(type, "type");
        fromLabels = List.copyOf(fromLabels);
        toLabels = List.copyOf(toLabels);
        expected = List.copyOf(expected);
    }
}
