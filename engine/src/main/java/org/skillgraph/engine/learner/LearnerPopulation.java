package org.skillgraph.engine.learner;

import java.util.List;

/**
 * The people a filter selects, read in one round trip with the graph version.
 *
 * @param graphVersion {@code Meta.version}: selects the curriculum snapshot (also when nobody is selected)
 * @param learners in id order
 */
public record LearnerPopulation(long graphVersion, List<Learner> learners) {

    public LearnerPopulation {
        learners = List.copyOf(learners);
    }
}
