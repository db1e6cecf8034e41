package org.skillgraph.engine.planning;

import org.skillgraph.engine.gap.GapReport;

/**
 * A person's gap for a role or a skill set.
 *
 * @param roleChosenBy {@code "request"} when the caller named the role, {@code "target"} when it is the
 *     person's target role, {@code "skills"} for an explicit skill set
 */
public record PersonGap(String personId, String roleChosenBy, long graphVersion, GapReport gap) {}
