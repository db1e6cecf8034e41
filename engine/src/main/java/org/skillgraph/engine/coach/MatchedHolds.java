package org.skillgraph.engine.coach;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Crosswalks on the coach's side: a coach holding an exact match of a sought skill holds the sought skill at
 * that level, as a learner does ({@link org.skillgraph.engine.crosswalk.ExactMatches}). Each sought skill gets the
 * strongest evidence of its class, levels already lowered where they need a refresh, so a class is stale only
 * when every holding at its top level is. Ties go to the skill itself, then to the freshest evidence. Pure.
 */
final class MatchedHolds {

    private static final Comparator<Evidence> STRONGEST = Comparator.comparingInt(Evidence::level)
            .thenComparing(Evidence::at)
            .thenComparing(Evidence::skillId, Comparator.reverseOrder());

    private MatchedHolds() {}

    /**
     * @param held the coach's evidence per skill held (sought skills and their exact matches)
     * @param sought the skills sought
     * @param matches for sought skills with crosswalks, the other skills of their exact-match class
     * @return evidence per sought skill, {@link Evidence#heldAs()} naming the match where the level is held there
     */
    static Map<String, Evidence> lift(
            Map<String, Evidence> held, Iterable<String> sought, Map<String, List<String>> matches) {
        if (matches.isEmpty()) {
            return held;
        }
        var lifted = new HashMap<String, Evidence>();
        for (var skill : sought) {
            Evidence best = held.get(skill);
            for (var other : matches.getOrDefault(skill, List.of())) {
                var evidence = held.get(other);
                if (evidence != null
                        && (best == null
                                || (best.skillId().equals(skill)
                                        ? evidence.level() > best.level()
                                        : STRONGEST.compare(evidence, best) > 0))) {
                    best = evidence;
                }
            }
            if (best != null) {
                lifted.put(skill, best.as(skill));
            }
        }
        return lifted;
    }
}
