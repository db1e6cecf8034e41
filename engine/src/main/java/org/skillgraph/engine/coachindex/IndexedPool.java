package org.skillgraph.engine.coachindex;

import java.util.List;
import java.util.Map;

/**
 * Coach candidates for a set of skills, as the pool query answers them: the learners found, the crosswalk classes of
 * the sought skills, and every opted-in person with a free place holding a sought skill (or an exact match of one) at
 * its level or above with recent enough evidence, with those holdings.
 *
 * @param version {@code Meta.version} the index was built at
 * @param orgVersion {@code Meta.orgVersion} as of the last people the index read
 * @param matches sought skill id to the other skills of its exact-match class (only skills that have some)
 */
public record IndexedPool<P>(
        long version,
        long orgVersion,
        List<IndexedPerson<P>> learners,
        Map<String, List<String>> matches,
        List<Candidate<P>> coaches) {

    public IndexedPool {
        learners = List.copyOf(learners);
        matches = Map.copyOf(matches);
        coaches = List.copyOf(coaches);
    }

    /** A candidate coach, the places taken now, and their qualifying holdings. */
    public record Candidate<P>(IndexedPerson<P> person, int active, List<Holding> holds) {

        public Candidate {
            holds = List.copyOf(holds);
        }
    }

    /** A coach of one skill (skill coaches), with the places taken now. */
    public record Holder<P>(IndexedPerson<P> person, Holding holding, int active) {}
}
