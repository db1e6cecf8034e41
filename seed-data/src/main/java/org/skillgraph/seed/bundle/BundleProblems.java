package org.skillgraph.seed.bundle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One answer out of every check's problems: each problem once, in document order. A check of its own
 * (schema, ids, references, cycles, ...) adds its list here; none needs to know about the others.
 */
final class BundleProblems {

    private static final Comparator<BundleProblem> ORDER =
            Comparator.comparing(BundleProblem::pointer, Pointers.ORDER).thenComparing(BundleProblem::message);

    private BundleProblems() {}

    @SafeVarargs
    static List<BundleProblem> merged(List<BundleProblem>... lists) {
        var all = new ArrayList<BundleProblem>();
        for (var list : lists) {
            all.addAll(list);
        }
        return ordered(all);
    }

    static List<BundleProblem> ordered(List<BundleProblem> problems) {
        return problems.stream().distinct().sorted(ORDER).toList();
    }
}
