package org.skillgraph.engine.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.DepthFirstIterator;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillgraph.engine.testing.SeedNamedFailures;

/**
 * The snapshot's prerequisite walks and cycle report against JGraphT on random graphs, cycles allowed: one case
 * per seed, {@code edges(seed)} rebuilding the graph a failing case names.
 */
@ExtendWith(SeedNamedFailures.class)
class PrerequisiteGraphProperties {

    private static final long BASE_SEED = 20_261_129L;

    record Edge(int from, int to, int level) {}

    static LongStream seeds() {
        return LongStream.range(0, 250).map(i -> BASE_SEED + i);
    }

    /** 0–18 edges among 10 skills, self-loops and parallel edges included, levels 1–5. */
    static List<Edge> edges(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int size = random.nextInt(0, 19);
        List<Edge> edges = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            edges.add(new Edge(random.nextInt(0, 10), random.nextInt(0, 10), random.nextInt(1, 6)));
        }
        return edges;
    }

    private static CurriculumSnapshot snapshot(List<Edge> edges) {
        CurriculumSnapshot.Builder builder = CurriculumSnapshot.builder(1);
        for (int s = 0; s < 10; s++) {
            builder.skill("s" + s, "Skill " + s);
        }
        edges.forEach(e -> builder.requires("s" + e.from(), "s" + e.to(), e.level()));
        return builder.build();
    }

    private static Graph<Integer, DefaultEdge> graph(List<Edge> edges) {
        Graph<Integer, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int s = 0; s < 10; s++) {
            graph.addVertex(s);
        }
        edges.forEach(e -> graph.addEdge(e.from(), e.to()));
        return graph;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldReportOneRealCycleForEveryKnot(long seed) {
        List<Edge> edges = edges(seed);
        CurriculumSnapshot snapshot = snapshot(edges);
        Graph<Integer, DefaultEdge> graph = graph(edges);
        long knots = new KosarajuStrongConnectivityInspector<>(graph)
                .stronglyConnectedSets().stream()
                        .filter(set -> set.size() > 1
                                || graph.containsEdge(
                                        set.iterator().next(), set.iterator().next()))
                        .count();

        List<List<String>> cycles = snapshot.prerequisiteCycles();

        assertThat(cycles.isEmpty()).isEqualTo(!new CycleDetector<>(graph).detectCycles());
        assertThat(cycles).hasSize((int) knots);
        for (List<String> cycle : cycles) {
            assertThat(cycle).doesNotHaveDuplicates();
            for (int i = 0; i < cycle.size(); i++) {
                String from = cycle.get(i);
                String to = cycle.get((i + 1) % cycle.size());
                assertThat(snapshot.prerequisites(from))
                        .extracting(SkillLevel::skillId)
                        .contains(to);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldReachExactlyTheTransitivePrerequisitesAtTheHighestLevelIntoThem(long seed) {
        List<Edge> edges = edges(seed);
        CurriculumSnapshot snapshot = snapshot(edges);
        Graph<Integer, DefaultEdge> graph = graph(edges);
        for (int root = 0; root < 10; root++) {
            Set<Integer> reachable = new TreeSet<>();
            new DepthFirstIterator<>(graph, root).forEachRemaining(reachable::add);
            Map<String, Integer> expected = new HashMap<>();
            for (Edge edge : edges) {
                if (reachable.contains(edge.from())) {
                    expected.merge("s" + edge.to(), edge.level(), Math::max);
                }
            }

            List<SkillLevel> walked = snapshot.transitivePrerequisites("s" + root);

            assertThat(walked).extracting(SkillLevel::skillId).isSorted();
            assertThat(walked).hasSize(expected.size());
            walked.forEach(p -> assertThat(p.level()).as(p.skillId()).isEqualTo(expected.get(p.skillId())));
        }
    }
}
