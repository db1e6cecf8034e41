package org.skillgraph.api.http.auth;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.engine.access.ApiToken;

/**
 * Who is calling: the authenticated token's id, role and, for a learner, the person it is bound to.
 *
 * @param personId the learner's own person id; null for every other role
 */
public record Caller(String tokenId, AccessRole role, String personId) {

    static final String ATTRIBUTE = "skillgraph.caller";

    public Caller {
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(role, "role");
    }

    static Caller of(ApiToken token) {
        return new Caller(token.id(), token.role(), token.personId());
    }

    /** The caller of this request; empty on open routes. */
    public static Optional<Caller> of(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }

    public boolean isLearner() {
        return role == AccessRole.LEARNER;
    }

    /** Whether this caller is the learner bound to {@code personId}. */
    public boolean is(String otherPersonId) {
        return isLearner() && personId != null && personId.equals(otherPersonId);
    }
}
