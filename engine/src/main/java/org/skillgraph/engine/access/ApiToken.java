package org.skillgraph.engine.access;

import java.time.Instant;
import java.util.Objects;

/**
 * An API token as stored: never its secret, which only its holder knows.
 *
 * @param id public identifier, used in the audit trail and to revoke it
 * @param role what it may do
 * @param personId the person a {@code learner} token is bound to; null for every other role
 * @param label what it is for, chosen by whoever created it
 * @param revokedAt when it was revoked; null while it is valid
 */
public record ApiToken(
        String id, AccessRole role, String personId, String label, Instant createdAt, Instant revokedAt) {

    public ApiToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
