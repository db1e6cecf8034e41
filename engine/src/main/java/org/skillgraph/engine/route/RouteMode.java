package org.skillgraph.engine.route;

/**
 * How a route was found. Whether it is optimal is {@link RoutePlan#provenOptimal()}: a heuristic route whose
 * cost meets the lower bound is proven optimal too, without a search.
 */
public enum RouteMode {
    /** Best-first search proved the route optimal. */
    EXACT("exact"),
    /** Greedy construction plus local improvement; compare the total with the lower bound. */
    HEURISTIC("heuristic");

    private final String label;

    RouteMode(String label) {
        this.label = label;
    }

    /** {@code exact} or {@code heuristic}. */
    public String label() {
        return label;
    }
}
