package org.skillgraph.engine.evidence;

/**
 * A person's current level in one skill after an evidence write.
 *
 * @param current the level now, {@code null} when no evidence counts any more
 * @param previousLevel the level that counted before the write (0 when none)
 * @param changed whether the level that counts differs from {@code previousLevel}
 */
public record LevelOutcome(String personId, String skillId, CurrentLevel current, int previousLevel, boolean changed) {}
