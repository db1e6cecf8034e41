package org.skillgraph.engine.review;

import java.util.Objects;

/**
 * What a learner submits about themself.
 *
 * @param level the level claimed, 1–5
 * @param note what they did (optional for a self-assessment)
 * @param link where a reviewer can see it (a certificate, a repository); optional
 */
public record ClaimRequest(ClaimKind kind, String skillId, int level, String note, String link) {

    public ClaimRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(skillId, "skillId");
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("level must be 1-5, was " + level);
        }
    }
}
