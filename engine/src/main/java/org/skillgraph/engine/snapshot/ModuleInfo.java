package org.skillgraph.engine.snapshot;

import java.util.Objects;

/**
 * A learning module as the planners see it.
 *
 * @param id unique module id
 * @param title human title
 * @param hours effort in hours, strictly positive
 * @param modality {@code course}, {@code video}, {@code workshop}, {@code simulation}, {@code project},
 *     {@code reading} or {@code coaching}
 * @param pacing {@code self-paced} or {@code scheduled}
 * @param cycle {@code daily}, {@code weekly}, {@code sprint}, {@code quarterly}, or {@code null}
 * @param core {@code false} marks an optional deep dive
 * @param status {@code draft}, {@code published} or {@code retired}; only published modules are planned
 * @param passScore pass mark 0–100, or {@code null}
 */
public record ModuleInfo(
        String id,
        String title,
        double hours,
        String modality,
        String pacing,
        String cycle,
        boolean core,
        String status,
        Integer passScore) {

    /** Status of modules the planners may schedule. */
    public static final String PUBLISHED = "published";

    /** Pacing of modules a learner can start at any time. */
    public static final String SELF_PACED = "self-paced";

    public ModuleInfo {
        Objects.requireNonNull(id, "id");
        title = title == null ? id : title;
        if (!(hours > 0) || Double.isInfinite(hours)) {
            throw new IllegalArgumentException("module " + id + ": hours must be positive and finite, was " + hours);
        }
        Objects.requireNonNull(modality, () -> "module " + id + ": modality");
        Objects.requireNonNull(pacing, () -> "module " + id + ": pacing");
        Objects.requireNonNull(status, () -> "module " + id + ": status");
    }

    /** Whether the planners may schedule this module. */
    public boolean published() {
        return PUBLISHED.equals(status);
    }

    /** Whether a learner can start this module at any time. */
    public boolean selfPaced() {
        return SELF_PACED.equals(pacing);
    }
}
