package org.skillgraph.engine.segments;

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
        double sum = 0;
        int count = 0;
        for (int g = 0; g < groups.size(); g++) {
            for (var point : groups.get(g)) {
                sum += of(point, g, groups);
                count++;
            }
        }
        return count == 0 ? 0.0 : sum / count;
    }

    private static double of(GapClustering.Point point, int own, List<List<GapClustering.Point>> groups) {
        var mine = groups.get(own);
        if (mine.size() < 2) {
            return 0.0;
        }
        double a = 0;
        for (var other : mine) {
            a += distance(point, other);
        }
        a /= mine.size() - 1;
        double b = Double.POSITIVE_INFINITY;
        for (int g = 0; g < groups.size(); g++) {
            if (g == own || groups.get(g).isEmpty()) {
                continue;
            }
            double d = 0;
            for (var other : groups.get(g)) {
                d += distance(point, other);
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
}
