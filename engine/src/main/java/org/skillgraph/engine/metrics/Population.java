package org.skillgraph.engine.metrics;

import java.util.List;

/**
 * The people a metric covers, read in one round trip with the graph version.
 *
 * @param graphVersion {@code Meta.version}: selects the curriculum snapshot for role profiles and titles
 * @param people in id order
 */
public record Population(long graphVersion, List<PersonHistory> people) {

    public Population {
        people = List.copyOf(people);
    }
}
