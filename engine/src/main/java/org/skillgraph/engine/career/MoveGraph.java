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
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/** The priced moves reachable from a start role, and the views Yen's algorithm and the diagnosis need. */
final class MoveGraph {

    private final Map<String, List<CareerMove>> out = new LinkedHashMap<>();
    private final Set<String> reached = new HashSet<>();

    private MoveGraph() {}

    /**
     * Walks every move reachable from {@code start}, breadth first, pricing each with {@code movesFrom}. The
     * target is not expanded: a route ends there, so moves out of it would be priced for nothing.
     */
    static MoveGraph explore(String start, String target, Function<String, List<CareerMove>> movesFrom) {
        MoveGraph graph = new MoveGraph();
        ArrayDeque<String> queue = new ArrayDeque<>();
        graph.reached.add(start);
        queue.add(start);
        while (!queue.isEmpty()) {
            String role = queue.poll();
            if (role.equals(target)) {
                continue;
            }
            List<CareerMove> moves = movesFrom.apply(role);
            graph.out.put(role, moves);
            for (CareerMove move : moves) {
                if (graph.reached.add(move.to())) {
                    queue.add(move.to());
                }
            }
        }
        return graph;
    }

    boolean reaches(String role) {
        return reached.contains(role);
    }

    /** Roles reached, the start included. */
    int size() {
        return reached.size();
    }

    /** The feasible moves as a weighted directed graph (weight: hours) for Yen's algorithm. */
    Graph<String, CareerMove> feasible() {
        Graph<String, CareerMove> graph = GraphTypeBuilder.<String, CareerMove>directed()
                .weighted(true)
                .allowingMultipleEdges(false)
                .allowingSelfLoops(false)
                .buildGraph();
        reached.stream().sorted().forEach(graph::addVertex);
        out.values()
                .forEach(moves -> moves.stream().filter(CareerMove::feasible).forEach(move -> {
                    graph.addEdge(move.from(), move.to(), move);
                    graph.setEdgeWeight(move, move.hours());
                }));
        return graph;
    }

    /** Infeasible moves that lie on some chain of moves from the start to {@code target}. */
    List<CareerMove> blockedTowards(String target) {
        Map<String, List<String>> into = new HashMap<>();
        out.values()
                .forEach(moves -> moves.forEach(move ->
                        into.computeIfAbsent(move.to(), r -> new ArrayList<>()).add(move.from())));
        Set<String> leadsToTarget = new HashSet<>(Set.of(target));
        ArrayDeque<String> queue = new ArrayDeque<>(leadsToTarget);
        while (!queue.isEmpty()) {
            for (String before : into.getOrDefault(queue.poll(), List.of())) {
                if (leadsToTarget.add(before)) {
                    queue.add(before);
                }
            }
        }
        return out.values().stream()
                .flatMap(List::stream)
                .filter(move -> !move.feasible() && leadsToTarget.contains(move.to()))
                .sorted(Comparator.comparing(CareerMove::from).thenComparing(CareerMove::to))
                .toList();
    }
}
