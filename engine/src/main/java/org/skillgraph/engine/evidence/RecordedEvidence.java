package org.skillgraph.engine.evidence;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An {@code Evidence} node as written.
 *
 * @param id generated id of the evidence
 * @param recordedAt when skillgraph recorded it (the evidence's own day is {@code at})
 */
public record RecordedEvidence(
        String id,
        String personId,
        String skillId,
        String source,
        int level,
        LocalDate at,
        Double score,
        Double confidence,
        LocalDate expiresAt,
        OffsetDateTime recordedAt) {}
