package org.skillgraph.engine.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing.
 *
 * @param items the entries of this page
 * @param nextCursor opaque cursor for the next page, {@code null} on the last page
 */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * A keyset page from rows fetched with {@code limit + 1}: the extra row only says a next page exists.
     */
    public static <T> Page<T> keyset(List<T> rows, int limit, Function<T, String> id) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        var items = rows.subList(0, limit);
        return new Page<>(items, Cursor.afterId(id.apply(items.get(limit - 1))));
    }
}
