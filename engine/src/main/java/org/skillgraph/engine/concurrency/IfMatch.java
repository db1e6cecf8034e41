package org.skillgraph.engine.concurrency;

import java.util.Set;
import org.skillgraph.engine.error.PreconditionFailedException;

/**
 * What a writer expects an entity's current tag to be (optimistic concurrency). Writers that send no
 * expectation write unconditionally (last writer wins); {@code *} only asks that the entity exists.
 *
 * @param tags entity tags, each quoted; the write goes ahead when the current tag is one of them
 * @param any whether any current tag will do ({@code If-Match: *}) or there was no expectation at all
 */
public record IfMatch(Set<String> tags, boolean any) {

    private static final IfMatch ABSENT = new IfMatch(Set.of(), true);

    public IfMatch {
        tags = Set.copyOf(tags);
        if (!any && tags.isEmpty()) {
            throw new IllegalArgumentException("an If-Match expectation needs at least one tag or '*'");
        }
    }

    /** No expectation: the write is unconditional. */
    public static IfMatch absent() {
        return ABSENT;
    }

    /** The write goes ahead only if the entity's tag is one of {@code tags}. */
    public static IfMatch of(Set<String> tags) {
        return new IfMatch(tags, false);
    }

    /** Throws {@link PreconditionFailedException} (with the current tag) when {@code current} is not expected. */
    public void check(String kind, String id, String current) {
        if (!any && !tags.contains(current)) {
            throw new PreconditionFailedException(
                    "The " + kind + " '" + id + "' changed since it was read (its ETag is now " + current
                            + "); read it again, reapply the change and send the new ETag in If-Match",
                    current);
        }
    }
}
