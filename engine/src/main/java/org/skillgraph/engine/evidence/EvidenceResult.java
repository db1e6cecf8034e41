package org.skillgraph.engine.evidence;

import java.util.List;

/**
 * What an evidence write did.
 *
 * @param evidence the evidence written, in request order
 * @param levels the current level of every person and skill touched, by person then skill
 * @param levelsChanged how many of {@code levels} changed
 * @param badgesEarned badges awarded by this write
 */
public record EvidenceResult(
        List<RecordedEvidence> evidence, List<LevelOutcome> levels, int levelsChanged, List<EarnedBadge> badgesEarned) {

    public EvidenceResult {
        evidence = List.copyOf(evidence);
        levels = List.copyOf(levels);
        badgesEarned = List.copyOf(badgesEarned);
    }
}
