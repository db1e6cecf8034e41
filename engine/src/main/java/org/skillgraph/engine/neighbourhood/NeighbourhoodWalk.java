package org.skillgraph.engine.neighbourhood;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of a breadth-first walk: nodes by element id in the order reached, relationships walked, and
 * whether the node limit cut anything. People are leaves: their other relationships (what else they hold,
 * whom they report to) are not walked unless the walk starts at them.
 */
final class NeighbourhoodWalk {

    /** One relationship at the frontier, as the step query returns it. */
    record Step(
            int position,
            String relationship,
            String type,
            boolean outgoing,
            Element far,
            Map<String, Object> properties) {}

    /** A node by element id, with what a view may show. */
    record Element(String element, GraphNode node) {}

    private static final Set<String> MODEL_LABELS =
            Set.of("Skill", "Topic", "Role", "Module", "Person", "Cohort", "Badge");

    private final int limit;
    private final Map<String, GraphNode> nodes = new LinkedHashMap<>();
    private final Map<String, GraphEdge> edges = new LinkedHashMap<>();
    private boolean truncated;

    NeighbourhoodWalk(Element start, int limit) {
        this.limit = limit;
        nodes.put(start.element(), start.node());
    }

    /** The model label of a node with {@code labels}: the first one of the model, else the first one. */
    static String label(List<String> labels) {
        return labels.stream().filter(MODEL_LABELS::contains).findFirst().orElse(labels.isEmpty() ? "" : labels.get(0));
    }

    /** Takes one step's rows around {@code frontier}; returns the next frontier. */
    List<String> step(List<String> frontier, List<Step> rows) {
        List<String> next = new ArrayList<>();
        for (Step row : rows) {
            String far = row.far().element();
            if (!nodes.containsKey(far)) {
                if (nodes.size() >= limit) {
                    truncated = true;
                    continue;
                }
                nodes.put(far, row.far().node());
                if (!"Person".equals(row.far().node().label())) {
                    next.add(far);
                }
            }
            if (!edges.containsKey(row.relationship())) {
                String near = nodes.get(frontier.get(row.position())).id();
                String other = row.far().node().id();
                edges.put(
                        row.relationship(),
                        row.outgoing()
                                ? new GraphEdge(near, other, row.type(), row.properties())
                                : new GraphEdge(other, near, row.type(), row.properties()));
            }
        }
        return next;
    }

    void markTruncated() {
        truncated = true;
    }

    List<GraphNode> nodes() {
        return List.copyOf(nodes.values());
    }

    List<GraphEdge> edges() {
        return List.copyOf(edges.values());
    }

    boolean truncated() {
        return truncated;
    }
}
