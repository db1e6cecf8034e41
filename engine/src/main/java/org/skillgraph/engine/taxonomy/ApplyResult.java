package org.skillgraph.engine.taxonomy;

/**
 * What applying a change set wrote.
 *
 * @param version the framework version recorded
 * @param graphVersion {@code Meta.version} after the apply (moved once)
 * @param deprecated removed skills now deprecated
 * @param superseded removed skills with successors
 * @param holdings holdings mirrored onto successors
 * @param evidence evidence records mirrored onto successors (the originals stay)
 * @param needs role needs moved onto successors
 * @param teachings module teachings moved onto successors
 * @param coachingPairs active coaching pairs whose skills were rewritten
 * @param badgesMigrated badges whose certification of a superseded skill moved onto its successors
 * @param badgesFlagged badges certifying a removed skill without successor, now marked {@code needsReview}
 * @param rolesDeprecated removed roles deprecated (with or without a successor)
 * @param rolesReplaced removed roles mapped to a successor role
 * @param peopleMoved targets and current roles moved onto successor roles
 * @param roleMoves career moves (to or from a replaced role) moved onto its successor
 */
public record ApplyResult(
        FrameworkVersion version,
        long graphVersion,
        long deprecated,
        long superseded,
        long holdings,
        long evidence,
        long needs,
        long teachings,
        long coachingPairs,
        long badgesMigrated,
        long badgesFlagged,
        long rolesDeprecated,
        long rolesReplaced,
        long peopleMoved,
        long roleMoves) {}
