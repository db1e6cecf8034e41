package org.skillgraph.engine.evidence;

import java.time.LocalDate;

/**
 * A person's current level in one skill on one day, as {@link LevelRules} derives it from the evidence.
 *
 * @param level the level that counts for gap and coach purposes: the evidenced level, one lower when it
 *     needs a refresh
 * @param evidencedLevel the level of the evidence that decided it
 * @param source that evidence's source
 * @param at that evidence's day
 * @param needsRefresh true when the deciding evidence is older than the refresh period on the day asked
 */
public record CurrentLevel(int level, int evidencedLevel, EvidenceSource source, LocalDate at, boolean needsRefresh) {}
