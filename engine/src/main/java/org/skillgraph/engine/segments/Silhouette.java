package org.skillgraph.engine.segments;

import java.util.ArrayList;
import java.util.List;

/**
 * Mean silhouette of a grouping (Rousseeuw 1987): for each point, {@code a} is its mean distance to the
 * others in its group, {@code b} the smallest mean distance to another group, and {@code s = (b − a) /
 * max(a, b)}; a point alone in its group scores 0, as do points where both distances are 0. Close to 1:
 * tight, well separated groups; around 0: overlapping ones.
 */
final class Silhouette {

    private Silhouette() {}

    static double mean(List<List<GapClustering.Point>> groups) {
        // Gap vectors are sparse (a learner lacks a few dozen of the thousands of skills their cohort's roles
        // need), so distances walk the non-zero entries only, in index order: the dense sum only adds 0.0 for
        // the entries skipped, so the result is the same double.
        var sparse = new ArrayList<List<Sparse>>();
        for (var group : groups) {
            sparse.add(group.stream().map(Sparse::of).toList());
        }
        double sum = 0;
        int count = 0;
        for (int g = 0; g < sparse.size(); g++) {
            for (var point : sparse.get(g)) {
                sum += of(point, g, sparse);
                count++;
            }
        }
        return count == 0 ? 0.0 : sum / count;
    }

    private static double of(Sparse point, int own, List<List<Sparse>> groups) {
        var mine = groups.get(own);
        if (mine.size() < 2) {
            return 0.0;
        }
        double a = 0;
        for (var other : mine) {
            a += point.distance(other);
        }
        a /= mine.size() - 1;
        double b = Double.POSITIVE_INFINITY;
        for (int g = 0; g < groups.size(); g++) {
            if (g == own || groups.get(g).isEmpty()) {
                continue;
            }
            double d = 0;
            for (var other : groups.get(g)) {
                d += point.distance(other);
            }
            b = Math.min(b, d / groups.get(g).size());
        }
        double scale = Math.max(a, b);
        return scale == 0 || Double.isInfinite(b) ? 0.0 : (b - a) / scale;
    }

    static double distance(GapClustering.Point x, GapClustering.Point y) {
        double sum = 0;
        for (int i = 0; i < x.gaps().length; i++) {
            double d = x.gaps()[i] - y.gaps()[i];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }

    /** A vector's non-zero entries, by ascending index. */
    record Sparse(int[] index, double[] value) {

        static Sparse of(GapClustering.Point point) {
            var gaps = point.gaps();
            int n = 0;
            for (double v : gaps) {
                n += v != 0 ? 1 : 0;
            }
            int[] index = new int[n];
            double[] value = new double[n];
            for (int i = 0, j = 0; i < gaps.length; i++) {
                if (gaps[i] != 0) {
                    index[j] = i;
                    value[j++] = gaps[i];
                }
            }
            return new Sparse(index, value);
        }

        /** Euclidean distance, walking both index lists once. */
        double distance(Sparse other) {
            double sum = 0;
            int i = 0;
            int j = 0;
            while (i < index.length || j < other.index.length) {
                double d;
                if (j == other.index.length || (i < index.length && index[i] < other.index[j])) {
                    d = value[i++];
                } else if (i == index.length || other.index[j] < index[i]) {
                    d = other.value[j++];
                } else {
                    d = value[i++] - other.value[j++];
                }
                sum += d * d;
            }
            return Math.sqrt(sum);
        }
    }
}
