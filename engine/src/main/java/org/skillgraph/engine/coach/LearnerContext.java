package org.skillgraph.engine.coach;

import java.util.List;
import java.util.Map;

/**
 * What matching needs of a learner besides their levels: where they are and who already coaches them.
 *
 * @param chain the learner, their manager, … up to the top of the reporting tree
 * @param coachedBy active coaches (coach id to the skills of the pair)
 */
record LearnerContext(
        String id, String location, String timezone, List<String> chain, Map<String, List<String>> coachedBy) {

    LearnerContext {
        chain = List.copyOf(chain);
        coachedBy = Map.copyOf(coachedBy);
    }
}
