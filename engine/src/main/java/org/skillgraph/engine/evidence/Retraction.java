package org.skillgraph.engine.evidence;

import java.time.OffsetDateTime;

/**
 * A retracted piece of evidence and the level re-derived without it.
 *
 * @param level the person's level in the skill now ({@code current} is null when nothing counts any more)
 */
public record Retraction(
        String evidenceId,
        String personId,
        String skillId,
        OffsetDateTime retractedAt,
        String reason,
        LevelOutcome level) {}
