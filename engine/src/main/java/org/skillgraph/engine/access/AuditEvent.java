package org.skillgraph.engine.access;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One audited request: who, what, when and which ids. It holds no secrets and no request or response body,
 * only identifiers, so the trail itself never becomes a copy of people's data.
 *
 * @param actor the token id, or {@code anonymous}
 * @param actorRole the token's role
 * @param action {@code read} or {@code write}
 * @param route method and route template, e.g. {@code GET /api/v1/people/{id}/gap}
 * @param status the HTTP status answered
 * @param subjects the ids the request was about (people, cohorts, tokens)
 */
public record AuditEvent(
        String id,
        Instant at,
        String actor,
        String actorRole,
        String action,
        String route,
        int status,
        List<String> subjects) {

    public AuditEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        subjects = List.copyOf(subjects);
    }
}
