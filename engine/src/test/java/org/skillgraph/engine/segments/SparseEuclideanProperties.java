package org.skillgraph.engine.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * k-means with the sparse distance groups exactly as with Commons Math's dense {@link EuclideanDistance}, on
 * 200 random sets of sparse integer gap vectors (3 to 80 learners, 10 to 400 skills, a few non-zero each, some
 * learners identical); same groups, same silhouettes. One case per seed.
 */
class SparseEuclideanProperties {

    static LongStream seeds() {
        return LongStream.range(1, 201);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldGroupAsTheDenseDistanceDoes(long seed) {
        var random = new SplittableRandom(seed);
        int skills = 10 + random.nextInt(391);
        int learners = 3 + random.nextInt(78);
        var points = new ArrayList<GapClustering.Point>();
        for (int l = 0; l < learners; l++) {
            double[] gaps = new double[skills];
            if (l > 0 && random.nextInt(8) == 0) {
                gaps = points.get(random.nextInt(l)).gaps().clone();
            } else {
                int lacking = random.nextInt(12);
                for (int g = 0; g < lacking; g++) {
                    gaps[random.nextInt(Math.min(skills, 30 + random.nextInt(skills)))] = 1 + random.nextInt(5);
                }
            }
            points.add(new GapClustering.Point("p" + (1000 + l), gaps));
        }
        var dense = new GapClustering(4, seed, p -> new EuclideanDistance());

        assertThat(GapClustering.defaults().cluster(points))
                .as("seed %d", seed)
                .isEqualTo(
                        new GapClustering(4, GapClustering.DEFAULT_SEED, p -> new EuclideanDistance()).cluster(points));
        assertThat(new GapClustering(4, seed).cluster(points))
                .as("seed %d", seed)
                .isEqualTo(dense.cluster(points));
    }

    @org.junit.jupiter.api.Test
    void shouldMeasureTheEuclideanDistance() {
        var a = new GapClustering.Point("a", new double[] {0, 3, 0, 1});
        var b = new GapClustering.Point("b", new double[] {2, 0, 0, 1});
        var measure = new SparseEuclidean(java.util.List.of(a, b));

        assertThat(measure.compute(a.gaps(), b.gaps())).isEqualTo(Math.sqrt(13));
        assertThat(measure.compute(a.gaps(), new double[] {0, 3, 0, 1})).isZero();
        assertThat(measure.compute(new double[4], b.gaps())).isEqualTo(Math.sqrt(5));
    }
}
