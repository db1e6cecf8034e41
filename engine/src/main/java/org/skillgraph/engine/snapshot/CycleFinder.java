package org.skillgraph.engine.snapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.GabowStrongConnectivityInspector;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Finds REQUIRES cycles. The graph should be acyclic, but a snapshot must still load when it is not, so every
 * non-trivial strongly connected component is reported with one concrete cycle through its smallest skill.
 * Listing every simple cycle could be exponential; one witness per component is what a curator needs.
 */
final class CycleFinder {

    static final int MAX_REPORTED = 100;

    private CycleFinder() {}

    static List<List<String>> cycles(Csr requires, IdIndex skills) {
        Graph<Integer, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int skill = 0; skill < requires.nodeCount(); skill++) {
            for (int slot = requires.start(skill); slot < requires.end(skill); slot++) {
                graph.addVertex(skill);
                graph.addVertex(requires.target(slot));
                graph.addEdge(skill, requires.target(slot));
            }
        }
        List<List<String>> cycles = new ArrayList<>();
        List<Set<Integer>> components = new GabowStrongConnectivityInspector<>(graph).stronglyConnectedSets();
        components.sort(Comparator.comparing(
                component -> component.stream().min(Integer::compare).orElseThrow()));
        for (Set<Integer> component : components) {
            int first = component.stream().min(Integer::compare).orElseThrow();
            if (component.size() == 1 && !graph.containsEdge(first, first)) {
                continue;
            }
            cycles.add(witness(graph, component, first, skills));
            if (cycles.size() == MAX_REPORTED) {
                break;
            }
        }
        return List.copyOf(cycles);
    }

    /** A shortest cycle through {@code first}: first, …, back to (not repeating) first. */
    private static List<String> witness(
            Graph<Integer, DefaultEdge> graph, Set<Integer> component, int first, IdIndex skills) {
        if (graph.containsEdge(first, first)) {
            return List.of(skills.id(first));
        }
        Graph<Integer, DefaultEdge> inside = new AsSubgraph<>(graph, component);
        SingleSourcePaths<Integer, DefaultEdge> fromFirst = new BFSShortestPath<>(inside).getPaths(first);
        GraphPath<Integer, DefaultEdge> best = null;
        for (DefaultEdge back : inside.incomingEdgesOf(first)) {
            GraphPath<Integer, DefaultEdge> path = fromFirst.getPath(inside.getEdgeSource(back));
            if (path != null && (best == null || path.getLength() < best.getLength())) {
                best = path;
            }
        }
        List<String> cycle = new ArrayList<>();
        for (int skill : best.getVertexList()) {
            cycle.add(skills.id(skill));
        }
        return List.copyOf(cycle);
    }
}
