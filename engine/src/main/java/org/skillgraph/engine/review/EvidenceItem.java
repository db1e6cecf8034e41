package org.skillgraph.engine.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One piece of a person's evidence as listed: what it shows and where it came from, and for admins whether
 * and why it was retracted.
 *
 * @param assessor the reviewer who granted it (an accepted claim's), else null
 * @param claimId the claim it came from, else null
 * @param retractedAt when it was retracted (listed to admins only), else null
 */
public record EvidenceItem(
        String id,
        String skillId,
        String source,
        int level,
        LocalDate at,
        Double score,
        Double confidence,
        LocalDate expiresAt,
        OffsetDateTime recordedAt,
        String assessor,
        String claimId,
        OffsetDateTime retractedAt,
        String retractReason) {}
