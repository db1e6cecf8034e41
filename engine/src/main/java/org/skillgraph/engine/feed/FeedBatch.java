package org.skillgraph.engine.feed;

import java.util.List;

/**
 * What one poll brought: the changes after the previous position, up to {@code seq}, and the curriculum version.
 * {@code reset} says the previous position can no longer be trusted (the feed was pruned past it, or the store
 * went back behind it, as a test fixture's wipe does): forget everything cached.
 */
public record FeedBatch(long seq, long curriculumVersion, boolean reset, List<Change> changes) {

    public FeedBatch {
        changes = List.copyOf(changes);
    }

    /** Whether a listener keyed by person must drop {@code personId}'s entries. */
    public boolean names(String personId) {
        return changes.stream()
                .anyMatch(c ->
                        c.kind().equals(Change.PEOPLE) || (c.kind().equals(Change.PERSON) && c.id().equals(personId)));
    }

    /** Whether every person's entries must go: a reset, an import with people, or a curriculum change. */
    public boolean everyone() {
        return reset
                || changes.stream()
                        .anyMatch(
                                c -> c.kind().equals(Change.PEOPLE) || c.kind().equals(Change.CURRICULUM));
    }
}
