package org.skillgraph.engine.coach;

import java.util.List;
import java.util.Map;

/**
 * What matching needs of a learner besides their levels: where they are and who already coaches them.
 *
 * @param chain the learner, their manager, … up to the top of the reporting tree
 * @param coachedBy active coaches and coaches of pending requests (coach id to the skills of the pair or request)
 * @param department the learner's department, or {@code null}
 * @param preferences what the learner prefers in a coach
 */
record LearnerContext(
        String id,
        String location,
        String timezone,
        List<String> chain,
        Map<String, List<String>> coachedBy,
        String department,
        CoachingPreferences preferences) {

    LearnerContext {
        chain = List.copyOf(chain);
        coachedBy = Map.copyOf(coachedBy);
        preferences = preferences == null ? CoachingPreferences.none() : preferences;
    }

    /** Without department and preferences. */
    LearnerContext(
            String id, String location, String timezone, List<String> chain, Map<String, List<String>> coachedBy) {
        this(id, location, timezone, chain, coachedBy, null, CoachingPreferences.none());
    }
}
