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

    static List<List<String>> cycles(Csr requires, Csr dependents, IdIndex skills) {
        boolean[] onCycle = mayLieOnCycle(requires, dependents);
        Graph<Integer, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int skill = 0; skill < requires.nodeCount(); skill++) {
            for (int slot = requires.start(skill); slot < requires.end(skill); slot++) {
                int prerequisite = requires.target(slot);
                if (onCycle[skill] && onCycle[prerequisite]) {
                    graph.addVertex(skill);
                    graph.addVertex(prerequisite);
                    graph.addEdge(skill, prerequisite);
                }
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

    /**
     * Peels off skills that cannot lie on a cycle (no remaining dependents, or no remaining prerequisites),
     * repeatedly, on the int rows. An acyclic graph (the normal case) peels away entirely, so JGraphT only
     * sees the knots; boxing all ESCO skills into a JGraphT graph would cost more than the rest of the build.
     */
    private static boolean[] mayLieOnCycle(Csr requires, Csr dependents) {
        int n = requires.nodeCount();
        int[] out = new int[n];
        int[] in = new int[n];
        int[] queue = new int[n];
        int queued = 0;
        boolean[] alive = new boolean[n];
        for (int skill = 0; skill < n; skill++) {
            out[skill] = requires.degree(skill);
            in[skill] = dependents.degree(skill);
            alive[skill] = true;
            if (out[skill] == 0 || in[skill] == 0) {
                alive[skill] = false;
                queue[queued++] = skill;
            }
        }
        for (int next = 0; next < queued; next++) {
            int skill = queue[next];
            for (int slot = requires.start(skill); slot < requires.end(skill); slot++) {
                int prerequisite = requires.target(slot);
                if (alive[prerequisite] && --in[prerequisite] == 0) {
                    alive[prerequisite] = false;
                    queue[queued++] = prerequisite;
                }
            }
            for (int slot = dependents.start(skill); slot < dependents.end(skill); slot++) {
                int dependent = dependents.target(slot);
                if (alive[dependent] && --out[dependent] == 0) {
                    alive[dependent] = false;
                    queue[queued++] = dependent;
                }
            }
        }
        return alive;
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
