package org.skillgraph.engine.neighbourhood;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A relationship of a neighbourhood, in its stored direction, between node ids.
 *
 * @param properties the relationship's properties (e.g. a level); empty for relationships touching a person
 */
public record GraphEdge(String source, String target, String type, Map<String, Object> properties) {

    public GraphEdge {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(type, "type");
        properties = Collections.unmodifiableMap(new TreeMap<>(properties));
    }
}
