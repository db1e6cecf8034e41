package org.skillgraph.engine.taxonomy;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A reviewed re-import: the header of a change set (its entries are paged separately).
 *
 * @param status {@code open} until applied ({@code applied}); a discarded change set is gone
 * @param base the framework's {@code lastChangedAt} the diff was made against ({@code ""} when never set): apply
 *     refuses once the framework has moved on
 * @param counts entries per kind
 * @param impact whom and what the change set affects, measured when it was made
 */
public record ChangeSet(
        String id,
        String framework,
        String status,
        String base,
        String source,
        String importer,
        Instant createdAt,
        Instant appliedAt,
        Map<String, Long> counts,
        Impact impact) {

    public ChangeSet {
        Objects.requireNonNull(id, "id");
        counts = Map.copyOf(counts);
    }

    public boolean open() {
        return "open".equals(status);
    }
}
