package org.skillgraph.engine.evidence;

import java.util.List;

/**
 * What recording a batch of module results did.
 *
 * @param attempts the attempts recorded, one per result
 * @param passed the results that passed their module, in the order given
 * @param completions the {@code COMPLETED} created (first passes of a person and module that had none)
 * @param evidence the completion evidence written
 * @param levels the people's current levels in the skills the batch touched, after it, by person then skill
 * @param badgesEarned the badges awarded, by person then badge
 */
public record BatchRecorded(
        int attempts,
        List<Boolean> passed,
        int completions,
        int evidence,
        List<LevelOutcome> levels,
        List<EarnedBadge> badgesEarned) {

    public BatchRecorded {
        passed = List.copyOf(passed);
        levels = List.copyOf(levels);
        badgesEarned = List.copyOf(badgesEarned);
    }
}
