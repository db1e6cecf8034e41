package org.skillgraph.engine.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapClusteringTest {

    private static final GapClustering CLUSTERING = new GapClustering(4, 7L);

    private static GapClustering.Point point(String id, double... gaps) {
        return new GapClustering.Point(id, gaps);
    }

    /** Three tight blobs far apart: around (0,0,0), (4,0,0) and (0,4,4), three learners each. */
    private static List<GapClustering.Point> threeBlobs() {
        var points = new ArrayList<GapClustering.Point>();
        double[][] centres = {{0, 0, 0}, {4, 0, 0}, {0, 4, 4}};
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 3; i++) {
                var x = centres[c].clone();
                x[i] += 0.5;
                points.add(point("c" + c + "-" + i, x));
            }
        }
        return points;
    }

    @Test
    void shouldChooseTheNumberOfGroupsWithTheBestSilhouette() {
        var result = CLUSTERING.cluster(threeBlobs());

        assertThat(result.groups()).hasSize(3);
        assertThat(result.groups())
                .containsExactlyInAnyOrder(
                        List.of("c0-0", "c0-1", "c0-2"),
                        List.of("c1-0", "c1-1", "c1-2"),
                        List.of("c2-0", "c2-1", "c2-2"));
        assertThat(result.tried()).hasSize(3);
        assertThat(result.silhouette())
                .isGreaterThan(0.7)
                .isEqualTo(result.tried().get(1));
        assertThat(result.tried().get(1)).isGreaterThan(result.tried().get(0));
    }

    @Test
    void shouldGiveTheSameGroupsEveryTime() {
        assertThat(CLUSTERING.cluster(threeBlobs())).isEqualTo(CLUSTERING.cluster(threeBlobs()));
    }

    @Test
    void shouldKeepEveryoneTogetherWithoutStructure() {
        var same = List.of(point("a", 1, 2), point("b", 1, 2), point("c", 1, 2), point("d", 1, 2));

        var result = CLUSTERING.cluster(same);

        assertThat(result.groups()).containsExactly(List.of("a", "b", "c", "d"));
        assertThat(result.silhouette()).isNull();
    }

    @Test
    void shouldBoundKByTheNumberOfLearners() {
        // Four learners: k = 2 and 3 only (a silhouette needs a group with two members); two learners: none.
        var four = List.of(point("a", 0), point("b", 0.2), point("c", 5), point("d", 5.2));

        var result = CLUSTERING.cluster(four);

        assertThat(result.tried()).hasSize(2);
        assertThat(result.groups()).containsExactly(List.of("a", "b"), List.of("c", "d"));
        assertThat(CLUSTERING.cluster(List.of(point("a", 0), point("b", 3))).groups())
                .containsExactly(List.of("a", "b"));
        assertThat(CLUSTERING.cluster(List.of()).groups()).isEmpty();
    }

    @Test
    void shouldComputeTheSilhouetteByHand() {
        // Group {0, 1} and {10}: point 0: a = 1, b = 10 → 0.9; point 1: a = 1, b = 9 → 8/9; point 10 alone → 0.
        var groups = List.of(List.of(point("x", 0), point("y", 1)), List.of(point("z", 10)));

        assertThat(Silhouette.mean(groups)).isCloseTo((0.9 + 8.0 / 9) / 3, within(1e-12));
    }
}
