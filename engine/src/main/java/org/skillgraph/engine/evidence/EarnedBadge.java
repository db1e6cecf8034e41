package org.skillgraph.engine.evidence;

import java.time.LocalDate;

/**
 * A badge awarded by an evidence write.
 *
 * @param at the day the last certified level was evidenced, which is when the person met the badge
 */
public record EarnedBadge(String personId, String badgeId, LocalDate at) {}
