package org.skillgraph.engine.snapshot;

import java.util.ArrayList;
import java.util.List;

/** Edges left out of a snapshot, counted in full but described only up to a cap to bound memory. */
final class DroppedEdges {

    static final int DESCRIBED = 100;

    private final List<String> descriptions = new ArrayList<>();
    private int count;

    void add(String description) {
        count++;
        if (descriptions.size() < DESCRIBED) {
            descriptions.add(description);
        }
    }

    List<String> descriptions() {
        return List.copyOf(descriptions);
    }

    int count() {
        return count;
    }
}
