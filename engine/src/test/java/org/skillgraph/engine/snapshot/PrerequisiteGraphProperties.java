package org.skillgraph.engine.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.DepthFirstIterator;

/** The snapshot's prerequisite walks and cycle report against JGraphT on random graphs, cycles allowed. */
class PrerequisiteGraphProperties {

    record Edge(int from, int to, int level) {}

    @Provide
    Arbitrary<List<Edge>> edges() {
        Arbitrary<Integer> skill = Arbitraries.integers().between(0, 9);
        return Combinators.combine(skill, skill, Arbitraries.integers().between(1, 5))
                .as(Edge::new)
                .list()
                .ofMaxSize(18);
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

    @Property(tries = 250, seed = "20261129")
    void shouldReportOneRealCycleForEveryKnot(@ForAll("edges") List<Edge> edges) {
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

    @Property(tries = 250, seed = "20261129")
    void shouldReachExactlyTheTransitivePrerequisitesAtTheHighestLevelIntoThem(@ForAll("edges") List<Edge> edges) {
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
