package org.skillgraph.engine.review;

import java.time.OffsetDateTime;

/**
 * A learner's claim about one of their levels and, once decided, the decision.
 *
 * @param kind {@code self-assessment} or {@code prior-learning}
 * @param level the level claimed
 * @param status {@code pending}, {@code accepted} or {@code rejected}
 * @param selfEvidenceId the {@code self} evidence a self-assessment recorded at once; null for prior learning
 * @param decidedBy the reviewer (a person id, or an admin token's id)
 * @param grantedLevel the level the reviewer granted, possibly other than the one claimed
 * @param reason the reviewer's reason (required to reject)
 * @param evidenceId the evidence an acceptance recorded
 */
public record Claim(
        String id,
        String personId,
        String skillId,
        String skillName,
        String kind,
        int level,
        String note,
        String link,
        String status,
        OffsetDateTime submittedAt,
        String selfEvidenceId,
        OffsetDateTime decidedAt,
        String decidedBy,
        Integer grantedLevel,
        String reason,
        String evidenceId) {

    public boolean pending() {
        return ClaimStatus.PENDING.wireName().equals(status);
    }
}
