package org.skillgraph.engine.xapi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One checked xAPI statement, reduced to what the mapping needs, with its JSON as received.
 *
 * @param actorKey the actor's identifier as an external id: {@code mailto:…}, {@code sha1:…} or
 *     {@code homePage|name}
 * @param verb the verb IRI
 * @param activityId the object activity's IRI
 * @param score the score on 0–100, or null
 * @param at the day the statement happened (its timestamp, else the day it was stored)
 * @param raw the statement's JSON, normalised, as answered by {@code GET /xapi/statements}
 */
public record XapiStatement(
        String id,
        String actorKey,
        String verb,
        String activityId,
        Double score,
        Boolean success,
        Boolean completion,
        LocalDate at,
        String raw) {

    public XapiStatement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(actorKey, "actorKey");
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(raw, "raw");
    }
}
