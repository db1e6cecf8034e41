package org.skillgraph.engine.snapshot;

import java.util.ArrayList;
import java.util.List;

/** Edges left out of a snapshot, counted in full but described only up to a cap to bound memory. */
final class DroppedEdges {

    static final int DESCRIBED = 100;

    private final List<DroppedEdge> edges = new ArrayList<>();
    private int count;

    void add(String relationship, String from, String to, String problem) {
        count++;
        if (edges.size() < DESCRIBED) {
            edges.add(new DroppedEdge(relationship, from, to, problem));
        }
    }

    List<DroppedEdge> edges() {
        return List.copyOf(edges);
    }

    List<String> descriptions() {
        return edges.stream().map(DroppedEdge::description).toList();
    }

    int count() {
        return count;
    }
}
