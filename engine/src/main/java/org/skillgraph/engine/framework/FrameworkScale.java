package org.skillgraph.engine.framework;

import java.util.List;

/**
 * A framework's own proficiency scale as stored, with its mapping table: on a numeric scale a value maps to
 * the level of the last row whose {@code from} is at or below it; on a named scale each {@code value} maps
 * to its row's level.
 */
public record FrameworkScale(String name, String type, Double min, Double max, List<Row> mapping) {

    public FrameworkScale {
        mapping = List.copyOf(mapping);
    }

    /** One row of the mapping: {@code from} (numeric) or {@code value} (named), and the level it gives. */
    public record Row(Double from, String value, int level) {}
}
