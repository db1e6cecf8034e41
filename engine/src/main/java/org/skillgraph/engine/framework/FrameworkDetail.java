package org.skillgraph.engine.framework;

import java.time.OffsetDateTime;

/**
 * One framework: its description, what the graph holds of it (skills, roles needing them, modules teaching
 * them) and its proficiency scale with the mapping onto levels 0–5, {@code null} for frameworks that use
 * skillgraph's levels directly.
 */
public record FrameworkDetail(
        String id,
        String title,
        String version,
        String publisher,
        String sourceUri,
        String licence,
        String language,
        OffsetDateTime lastChangedAt,
        Counts counts,
        FrameworkScale scale) {

    /** Skills in the framework, roles needing at least one of them, modules teaching at least one. */
    public record Counts(long skills, long roles, long modules) {}
}
