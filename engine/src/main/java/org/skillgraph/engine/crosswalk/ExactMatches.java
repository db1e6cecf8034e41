package org.skillgraph.engine.crosswalk;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.skillgraph.engine.snapshot.LearnerState;

/**
 * Crosswalks in a learner's levels: a level held in one skill counts for every skill of its exact-match
 * class (the skills linked to it by {@code EXACT_MATCH}, transitively), so someone assessed on ESCO's "SQL"
 * is not a beginner on a local {@code sql}. Each skill gets the highest level of its class; it needs a
 * refresh only when every holding at that level does. Pure.
 */
public final class ExactMatches {

    private ExactMatches() {}

    /**
     * @param classes for held skills with crosswalks, the other skills of their exact-match class
     * @return {@code state} with the levels lifted; {@code state} itself when there are no crosswalks
     */
    public static LearnerState apply(LearnerState state, Map<String, List<String>> classes) {
        if (classes.isEmpty()) {
            return state;
        }
        var levels = new HashMap<>(state.levels());
        var fresh = new HashMap<String, Boolean>();
        state.levels()
                .forEach(
                        (skill, level) -> fresh.put(skill, !state.needsRefresh().contains(skill)));
        classes.forEach((held, others) -> {
            Integer level = state.levels().get(held);
            if (level == null) {
                return;
            }
            boolean heldFresh = !state.needsRefresh().contains(held);
            for (var other : others) {
                int current = levels.getOrDefault(other, -1);
                if (level > current) {
                    levels.put(other, level);
                    fresh.put(other, heldFresh);
                } else if (level == current && heldFresh) {
                    fresh.put(other, true);
                }
            }
        });
        var stale = new HashSet<String>();
        fresh.forEach((skill, isFresh) -> {
            if (!isFresh) {
                stale.add(skill);
            }
        });
        return new LearnerState(levels, state.completedModules(), stale, state.selfAssessed());
    }
}
