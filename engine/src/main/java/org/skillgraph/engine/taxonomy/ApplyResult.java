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
        long coachingPairs) {}
