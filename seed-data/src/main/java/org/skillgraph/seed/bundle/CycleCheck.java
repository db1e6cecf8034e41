package org.skillgraph.seed.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/** Cycle checks over the bundle's directed relations, with the cycle spelled out in the problem. */
final class CycleCheck {

    private static final int MAX_REPORTED = 10;

    private CycleCheck() {}

    /** Prerequisites of the bundle together with those already in the graph must stay acyclic. */
    static List<BundleProblem> prerequisites(Bundle bundle, List<List<String>> existingEdges) {
        var graph = new Edges();
        for (var edge : existingEdges) {
            graph.add(edge.get(0), edge.get(1), null);
        }
        for (int i = 0; i < bundle.skills().size(); i++) {
            var s = bundle.skills().get(i);
            for (int j = 0; j < s.requires().size(); j++) {
                graph.add(s.id(), s.requires().get(j).skill(), "/skills/" + i + "/requires/" + j);
            }
        }
        return graph.cycles("prerequisite cycle");
    }

    static List<BundleProblem> topicBroader(Bundle bundle) {
        var graph = new Edges();
        for (int i = 0; i < bundle.topics().size(); i++) {
            var t = bundle.topics().get(i);
            for (int j = 0; j < t.broader().size(); j++) {
                graph.add(t.id(), t.broader().get(j), "/topics/" + i + "/broader/" + j);
            }
        }
        return graph.cycles("topic hierarchy cycle");
    }

    static List<BundleProblem> skillBroader(Bundle bundle) {
        var graph = new Edges();
        for (int i = 0; i < bundle.skills().size(); i++) {
            var s = bundle.skills().get(i);
            for (int j = 0; j < s.broader().size(); j++) {
                graph.add(s.id(), s.broader().get(j), "/skills/" + i + "/broader/" + j);
            }
        }
        return graph.cycles("skill hierarchy cycle");
    }

    static List<BundleProblem> reportingLines(Bundle bundle) {
        var graph = new Edges();
        for (int i = 0; i < bundle.people().size(); i++) {
            var p = bundle.people().get(i);
            if (p.manager() != null) {
                graph.add(p.id(), p.manager(), "/people/" + i + "/manager");
            }
        }
        return graph.cycles("reporting-line cycle");
    }

    /** A directed graph that remembers which bundle pointer introduced each edge. */
    private static final class Edges {
        private final Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        private final Map<DefaultEdge, String> pointers = new HashMap<>();

        private final List<BundleProblem> selfLoops = new ArrayList<>();

        void add(String from, String to, String pointer) {
            if (from.equals(to)) {
                // A self-loop is the smallest cycle; the directed graph below does not take loops.
                selfLoops.add(new BundleProblem(pointer == null ? "" : pointer, from + " -> " + from));
                return;
            }
            graph.addVertex(from);
            graph.addVertex(to);
            var edge = graph.addEdge(from, to);
            if (edge != null && pointer != null) {
                pointers.put(edge, pointer);
            }
        }

        List<BundleProblem> cycles(String what) {
            var problems = new ArrayList<BundleProblem>();
            selfLoops.forEach(loop -> problems.add(new BundleProblem(loop.pointer(), what + ": " + loop.message())));
            if (!new CycleDetector<>(graph).detectCycles()) {
                return problems;
            }
            // One shortest cycle per strongly connected component: bounded work, and enough to fix each knot.
            var components = new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets();
            components.stream()
                    .filter(c -> c.size() > 1)
                    .limit(MAX_REPORTED)
                    .forEach(component -> problems.add(oneCycle(component, what)));
            return problems;
        }

        private BundleProblem oneCycle(Set<String> component, String what) {
            var sub = new AsSubgraph<>(graph, component);
            var start = component.stream().sorted().findFirst().orElseThrow();
            var next = sub.outgoingEdgesOf(start).stream()
                    .map(sub::getEdgeTarget)
                    .sorted()
                    .findFirst()
                    .orElseThrow();
            var back = BFSShortestPath.findPathBetween(sub, next, start);
            var path = new ArrayList<String>();
            path.add(start);
            path.addAll(back.getVertexList());
            var pointer = "";
            for (int i = 0; i + 1 < path.size() && pointer.isEmpty(); i++) {
                pointer = pointers.getOrDefault(graph.getEdge(path.get(i), path.get(i + 1)), "");
            }
            return new BundleProblem(pointer, what + ": " + String.join(" -> ", path));
        }
    }
}
