package org.skillgraph.engine.coach;

import java.util.List;
import java.util.Map;

/**
 * An opted-in person with free coaching capacity and recent evidence of at least one sought skill.
 *
 * @param chain the person, their manager, that manager's manager… up to the top of the reporting tree
 * @param holds evidence per skill id, for the sought skills only
 * @param preferences what the coach prefers (skills they want to coach, availability, languages)
 */
record PoolCoach(
        CoachProfile profile,
        int capacity,
        int active,
        List<String> chain,
        Map<String, Evidence> holds,
        CoachingPreferences preferences) {

    PoolCoach {
        chain = List.copyOf(chain);
        holds = Map.copyOf(holds);
        preferences = preferences == null ? CoachingPreferences.none() : preferences;
    }

    /** Without preferences. */
    PoolCoach(CoachProfile profile, int capacity, int active, List<String> chain, Map<String, Evidence> holds) {
        this(profile, capacity, active, chain, holds, CoachingPreferences.none());
    }

    String id() {
        return profile.id();
    }

    int remaining() {
        return Math.max(0, capacity - active);
    }
}
