package org.skillgraph.engine.segments;

import java.util.IdentityHashMap;
import java.util.List;
import org.apache.commons.math3.ml.distance.DistanceMeasure;

/**
 * Euclidean distance for k-means on sparse gap vectors, giving the very double {@code EuclideanDistance}
 * gives: it adds the same squared differences in the same index order and skips only indices where both
 * vectors are 0, whose terms are exactly 0.0. The learners' vectors are known up front; a centroid's
 * non-zero indices are found once when it first shows up and kept while it is among the latest few, so that
 * comparing a point with a centroid costs their non-zero entries, not every skill of the cohort's roles.
 * Not thread-safe: one per clustering run.
 */
final class SparseEuclidean implements DistanceMeasure {

    private static final long serialVersionUID = 1L;

    /** Centroids kept at once: more than the groups one k-means iteration compares with. */
    private static final int RECENT = 16;

    private final transient IdentityHashMap<double[], int[]> points = new IdentityHashMap<>();
    private final transient double[][] recent = new double[RECENT][];
    private final transient int[][] recentIndex = new int[RECENT][];
    private int next;

    SparseEuclidean(List<GapClustering.Point> known) {
        known.forEach(p -> points.put(p.gaps(), nonZero(p.gaps())));
    }

    @Override
    public double compute(double[] a, double[] b) {
        int[] ia = indices(a);
        int[] ib = indices(b);
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < ia.length || j < ib.length) {
            int at;
            if (j == ib.length || (i < ia.length && ia[i] < ib[j])) {
                at = ia[i++];
            } else if (i == ia.length || ib[j] < ia[i]) {
                at = ib[j++];
            } else {
                at = ia[i++];
                j++;
            }
            double d = a[at] - b[at];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }

    private int[] indices(double[] v) {
        var known = points.get(v);
        if (known != null) {
            return known;
        }
        for (int r = 0; r < RECENT; r++) {
            if (recent[r] == v) {
                return recentIndex[r];
            }
        }
        var found = nonZero(v);
        recent[next] = v;
        recentIndex[next] = found;
        next = (next + 1) % RECENT;
        return found;
    }

    private static int[] nonZero(double[] v) {
        int n = 0;
        for (double x : v) {
            n += x != 0 ? 1 : 0;
        }
        int[] index = new int[n];
        for (int i = 0, j = 0; i < v.length; i++) {
            if (v[i] != 0) {
                index[j++] = i;
            }
        }
        return index;
    }
}
