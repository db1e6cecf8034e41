package org.skillgraph.engine.neighbourhood;

import java.util.List;

/**
 * The nodes and relationships around a node, ready for a graph view.
 *
 * @param center the node asked about; also the first of {@code nodes}
 * @param nodes the nodes reached within {@code depth} steps, nearest first
 * @param edges the relationships walked to reach them (and between them, within the depth walked)
 * @param truncated whether the node limit cut the walk short
 */
public record Neighbourhood(
        GraphNode center,
        int depth,
        List<String> types,
        int limit,
        List<GraphNode> nodes,
        List<GraphEdge> edges,
        boolean truncated) {

    public Neighbourhood {
        types = List.copyOf(types);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
