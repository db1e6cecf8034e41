package org.skillgraph.engine.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sparse silhouette against the dense definition on 500 random groupings of sparse gap vectors, one per
 * seed (whole and fractional entries, empty and single-member groups): the same double, not merely close.
 */
class SilhouetteProperties {

    static LongStream seeds() {
        return LongStream.range(1, 501);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldGiveExactlyTheDenseSilhouette(long seed) {
        var groups = groups(new SplittableRandom(seed));

        assertThat(Silhouette.mean(groups)).as("seed %d", seed).isEqualTo(dense(groups));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldGiveExactlyTheDenseDistance(long seed) {
        var points = groups(new SplittableRandom(seed)).stream()
                .flatMap(List::stream)
                .toList();

        for (var x : points) {
            for (var y : points) {
                assertThat(Silhouette.Sparse.of(x).distance(Silhouette.Sparse.of(y)))
                        .as("seed %d: %s to %s", seed, x.id(), y.id())
                        .isEqualTo(Silhouette.distance(x, y));
            }
        }
    }

    private static List<List<GapClustering.Point>> groups(SplittableRandom random) {
        int dimensions = 1 + random.nextInt(60);
        var groups = new ArrayList<List<GapClustering.Point>>();
        int count = 1 + random.nextInt(5);
        for (int g = 0; g < count; g++) {
            var group = new ArrayList<GapClustering.Point>();
            int size = random.nextInt(6);
            for (int i = 0; i < size; i++) {
                double[] gaps = new double[dimensions];
                for (int d = 0; d < dimensions; d++) {
                    if (random.nextInt(5) == 0) {
                        gaps[d] = random.nextBoolean() ? 1 + random.nextInt(5) : random.nextDouble() * 5;
                    }
                }
                group.add(new GapClustering.Point("g" + g + "-" + i, gaps));
            }
            groups.add(group);
        }
        return groups;
    }

    /** The definition, over every entry: what {@link Silhouette#mean} computed before it went sparse. */
    private static double dense(List<List<GapClustering.Point>> groups) {
        double sum = 0;
        int count = 0;
        for (int own = 0; own < groups.size(); own++) {
            for (var point : groups.get(own)) {
                count++;
                var mine = groups.get(own);
                if (mine.size() < 2) {
                    continue;
                }
                double a = 0;
                for (var other : mine) {
                    a += Silhouette.distance(point, other);
                }
                a /= mine.size() - 1;
                double b = Double.POSITIVE_INFINITY;
                for (int g = 0; g < groups.size(); g++) {
                    if (g == own || groups.get(g).isEmpty()) {
                        continue;
                    }
                    double d = 0;
                    for (var other : groups.get(g)) {
                        d += Silhouette.distance(point, other);
                    }
                    b = Math.min(b, d / groups.get(g).size());
                }
                double scale = Math.max(a, b);
                sum += scale == 0 || Double.isInfinite(b) ? 0.0 : (b - a) / scale;
            }
        }
        return count == 0 ? 0.0 : sum / count;
    }
}
