package org.skillgraph.engine.evidence;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One piece of evidence of a person's level in one skill. Evidence is never overwritten: the full history is
 * kept and the current level ({@code HOLDS}) is derived from it by {@link LevelRules}.
 *
 * @param skillId the skill evidenced
 * @param source where it comes from; decides precedence
 * @param level the level shown, 1–5
 * @param at the day it was shown
 * @param score optional assessment score (0–100)
 * @param confidence optional confidence of the observer (0–1)
 * @param expiresAt optional last day on which the evidence counts (certificates, safety training)
 */
public record EvidenceRecord(
        String skillId,
        EvidenceSource source,
        int level,
        LocalDate at,
        Double score,
        Double confidence,
        LocalDate expiresAt) {

    public EvidenceRecord {
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
    }

    /** Evidence without score, confidence or expiry. */
    public static EvidenceRecord of(String skillId, EvidenceSource source, int level, LocalDate at) {
        return new EvidenceRecord(skillId, source, level, at, null, null, null);
    }

    /** Whether it counts on {@code day}: shown on or before that day and not yet expired. */
    public boolean validOn(LocalDate day) {
        return !at.isAfter(day) && (expiresAt == null || !expiresAt.isBefore(day));
    }
}
