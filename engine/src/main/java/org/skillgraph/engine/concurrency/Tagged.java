package org.skillgraph.engine.concurrency;

import java.util.Objects;

/**
 * A value read from the graph with the entity tag of the state it was read from.
 *
 * @param value what was read
 * @param etag the entity tag, quoted as in an HTTP {@code ETag} header (see {@link EntityTag})
 */
public record Tagged<T>(T value, String etag) {

    public Tagged {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(etag, "etag");
    }
}
