package org.skillgraph.engine.ids;

import java.util.List;
import java.util.Objects;

/**
 * An id that nodes of several kinds hold, against the rule that ids are unique across the graph.
 *
 * @param kinds the kinds holding it ({@code module}, {@code skill}…), in label order
 */
public record IdClash(String id, List<String> kinds) {

    public IdClash {
        Objects.requireNonNull(id, "id");
        kinds = List.copyOf(kinds);
    }
}
