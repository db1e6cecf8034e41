package org.skillgraph.engine.xapi;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A stored statement not applied: the actor, verb and activity a designer can map, its status ({@code unmapped}
 * while it waits for a mapping, {@code unsupported} for a verb no mapping applies) and why.
 */
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
        String status,
        String reason) {}
