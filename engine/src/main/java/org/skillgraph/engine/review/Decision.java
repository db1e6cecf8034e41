package org.skillgraph.engine.review;

import java.util.List;
import org.skillgraph.engine.evidence.EarnedBadge;
import org.skillgraph.engine.evidence.LevelOutcome;

/**
 * A decided claim and what the decision did to the person's level.
 *
 * @param level the level re-derived (null when a rejection touched no evidence)
 */
public record Decision(Claim claim, LevelOutcome level, List<EarnedBadge> badgesEarned) {

    public Decision {
        badgesEarned = List.copyOf(badgesEarned);
    }
}
