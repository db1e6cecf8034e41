package org.skillgraph.engine.snapshot;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * String ids numbered 0..n-1 in id order, so int indices (and every tie broken by index) do not depend on
 * the order in which the loader happened to stream the graph.
 */
final class IdIndex {

    private final String[] ids;
    private final Map<String, Integer> indices;

    IdIndex(Collection<String> unsortedIds) {
        this.ids = unsortedIds.stream().sorted().toArray(String[]::new);
        this.indices = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            indices.put(ids[i], i);
        }
    }

    /** The index of {@code id}, or -1. */
    int indexOf(String id) {
        Integer index = id == null ? null : indices.get(id);
        return index == null ? -1 : index;
    }

    String id(int index) {
        return ids[index];
    }

    /** Every id, in index order. */
    List<String> all() {
        return List.of(ids);
    }

    int size() {
        return ids.length;
    }
}
