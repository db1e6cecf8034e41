package org.skillgraph.engine.segments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.Clusterable;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.clustering.MultiKMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.DistanceMeasure;
import org.apache.commons.math3.random.JDKRandomGenerator;

/**
 * Groups learners with similar gap vectors: k-means++ (Apache Commons Math, with {@link SparseEuclidean}), seeded so the same input always
 * gives the same groups. {@code k} is chosen by the best mean silhouette over {@code k = 2..maxK} (bounded by
 * the number of learners minus one, the most a silhouette is defined for); when even the best is at most
 * {@value #NO_STRUCTURE} (no substantial structure, after Kaufman and Rousseeuw) or there are too few learners,
 * everyone stays in one group. Each k keeps the best of {@value #TRIALS} seeded runs (least within-group
 * squared error).
 */
public final class GapClustering {

    /** Mean silhouette at or below which a grouping is not worth showing. */
    public static final double NO_STRUCTURE = 0.25;

    /** Default largest number of groups. */
    public static final int DEFAULT_MAX_K = 4;

    /** Default seed: any fixed value keeps answers reproducible. */
    public static final long DEFAULT_SEED = 20_260_101L;

    static final int TRIALS = 5;
    static final int MAX_ITERATIONS = 100;

    private final int maxK;
    private final long seed;
    private final Function<List<Point>, DistanceMeasure> distance;

    /** @param maxK largest number of groups tried (at least 2) */
    public GapClustering(int maxK, long seed) {
        this(maxK, seed, SparseEuclidean::new);
    }

    /** @param distance the distance for one run over the given points (tests compare with the dense one) */
    GapClustering(int maxK, long seed, Function<List<Point>, DistanceMeasure> distance) {
        this.distance = distance;
        if (maxK < 2) {
            throw new IllegalArgumentException("maxK must be at least 2, was " + maxK);
        }
        this.maxK = maxK;
        this.seed = seed;
    }

    /** k = 2..{@value #DEFAULT_MAX_K}, seed {@value #DEFAULT_SEED}. */
    public static GapClustering defaults() {
        return new GapClustering(DEFAULT_MAX_K, DEFAULT_SEED);
    }

    public long seed() {
        return seed;
    }

    /** A learner's gap vector: missing levels per skill, in a fixed skill order. */
    public record Point(String id, double[] gaps) implements Clusterable {
        @Override
        public double[] getPoint() {
            return gaps;
        }
    }

    /**
     * The grouping chosen.
     *
     * @param groups ids per group, largest group first (then first id), each in input order
     * @param silhouette the chosen grouping's mean silhouette, {@code null} for one group
     * @param tried mean silhouette per k tried, from k = 2
     */
    public record Result(List<List<String>> groups, Double silhouette, List<Double> tried) {
        public Result {
            groups = groups.stream().map(List::copyOf).toList();
            tried = List.copyOf(tried);
        }
    }

    public Result cluster(List<Point> points) {
        var everyone = List.of(points.stream().map(Point::id).toList());
        int upper = Math.min(maxK, points.size() - 1);
        var tried = new ArrayList<Double>();
        List<List<Point>> best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 2; k <= upper; k++) {
            var groups = kMeans(points, k);
            double score = groups.size() < 2 ? 0.0 : Silhouette.mean(groups);
            tried.add(Math.round(score * 1000.0) / 1000.0);
            if (score > bestScore + 1e-12) {
                bestScore = score;
                best = groups;
            }
        }
        if (best == null || bestScore <= NO_STRUCTURE) {
            return new Result(points.isEmpty() ? List.of() : everyone, null, tried);
        }
        var ids = new ArrayList<List<String>>();
        for (var group : best) {
            ids.add(group.stream().map(Point::id).toList());
        }
        ids.sort(Comparator.comparingInt((List<String> g) -> -g.size()).thenComparing(g -> g.get(0)));
        return new Result(ids, Math.round(bestScore * 1000.0) / 1000.0, tried);
    }

    private List<List<Point>> kMeans(List<Point> points, int k) {
        var random = new JDKRandomGenerator();
        random.setSeed(seed + k);
        var single = new KMeansPlusPlusClusterer<Point>(
                k,
                MAX_ITERATIONS,
                distance.apply(points),
                random,
                KMeansPlusPlusClusterer.EmptyClusterStrategy.LARGEST_POINTS_NUMBER);
        var multi = new MultiKMeansPlusPlusClusterer<>(single, TRIALS);
        var order = new HashMap<String, Integer>();
        for (int i = 0; i < points.size(); i++) {
            order.putIfAbsent(points.get(i).id(), i);
        }
        var groups = new ArrayList<List<Point>>();
        List<CentroidCluster<Point>> clusters;
        try {
            clusters = multi.cluster(points);
        } catch (MathIllegalStateException e) {
            // Fewer distinct gap profiles than k: no grouping of that size exists.
            return List.of(points);
        }
        for (CentroidCluster<Point> c : clusters) {
            if (!c.getPoints().isEmpty()) {
                var members = new ArrayList<>(c.getPoints());
                members.sort(Comparator.comparingInt(p -> order.get(p.id())));
                groups.add(members);
            }
        }
        return groups;
    }
}
