package org.skillgraph.engine.xapi;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A stored statement not yet applied: the actor, verb and activity a designer can map, and why it waits. */
public record Pending(
        String id,
        OffsetDateTime stored,
        String actorKey,
        String verb,
        String activityId,
        Double score,
        Boolean success,
        Boolean completion,
        LocalDate at,
        String reason) {}
