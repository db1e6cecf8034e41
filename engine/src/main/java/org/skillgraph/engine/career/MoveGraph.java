package org.skillgraph.engine.career;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The moves between a start role and a target that some route could take, priced, and the views Yen's
 * algorithm and the diagnosis need.
 */
final class MoveGraph {

    private final Set<String> reached = new HashSet<>();
    private final List<CareerMove> priced = new ArrayList<>();

    private MoveGraph() {}

    /**
     * Walks the moves reachable from {@code start} (breadth first, not past the target), then prices only
     * those leading to a role from which the target can still be reached: pricing runs the route planner,
     * and most moves out of a start role lead elsewhere.
     */
    static MoveGraph explore(
            String start,
            String target,
            Function<String, List<MoveCosts.Transition>> transitions,
            BiFunction<String, MoveCosts.Transition, CareerMove> price) {
        MoveGraph graph = new MoveGraph();
        Map<String, List<MoveCosts.Transition>> out = new LinkedHashMap<>();
        Map<String, List<String>> into = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(start));
        graph.reached.add(start);
        while (!queue.isEmpty()) {
            String role = queue.poll();
            if (role.equals(target)) {
                continue;
            }
            out.put(role, transitions.apply(role));
            for (MoveCosts.Transition move : out.get(role)) {
                into.computeIfAbsent(move.to(), r -> new ArrayList<>()).add(role);
                if (graph.reached.add(move.to())) {
                    queue.add(move.to());
                }
            }
        }
        Set<String> leadsToTarget = new HashSet<>(Set.of(target));
        queue.add(target);
        while (!queue.isEmpty()) {
            for (String before : into.getOrDefault(queue.poll(), List.of())) {
                if (leadsToTarget.add(before)) {
                    queue.add(before);
                }
            }
        }
        out.forEach((role, moves) -> moves.stream()
                .filter(move -> leadsToTarget.contains(move.to()))
                .forEach(move -> graph.priced.add(price.apply(role, move))));
        return graph;
    }

    boolean reaches(String role) {
        return reached.contains(role);
    }

    /** Roles reached, the start included. */
    int size() {
        return reached.size();
    }

    /** The feasible moves as a weighted directed graph for Yen's algorithm, each move weighing {@code weight}. */
    Graph<String, CareerMove> feasible(java.util.function.ToDoubleFunction<CareerMove> weight) {
        Graph<String, CareerMove> graph = GraphTypeBuilder.<String, CareerMove>directed()
                .weighted(true)
                .allowingMultipleEdges(false)
                .allowingSelfLoops(false)
                .buildGraph();
        reached.stream().sorted().forEach(graph::addVertex);
        priced.stream().filter(CareerMove::feasible).forEach(move -> {
            graph.addEdge(move.from(), move.to(), move);
            graph.setEdgeWeight(move, weight.applyAsDouble(move));
        });
        return graph;
    }

    /** Infeasible moves on some chain of moves from the start to the target, by source then target id. */
    List<CareerMove> blocked() {
        return priced.stream()
                .filter(move -> !move.feasible())
                .sorted(Comparator.comparing(CareerMove::from).thenComparing(CareerMove::to))
                .toList();
    }
}
