package org.skillgraph.engine.feed;

import java.util.Objects;

/**
 * One entry of the change feed: {@code person} (one person's data; {@code id} is theirs), {@code people} (every
 * person, {@code id} {@code *}: an import with people). {@code curriculum} ({@code id}: the new {@code Meta.version})
 * is never stored: a node adds it to a batch when the version it polls has moved.
 */
public record Change(long seq, String kind, String id) {

    public static final String PERSON = "person";
    public static final String PEOPLE = "people";
    public static final String CURRICULUM = "curriculum";

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }
}
