package org.skillgraph.seed.bundle;

import java.util.List;

/** A bundle was refused; nothing was written. Carries every problem found, each with its pointer. */
public final class BundleValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<BundleProblem> problems;

    public BundleValidationException(List<BundleProblem> problems) {
        super(problems.size() + " problem(s) in the bundle, first: " + describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<BundleProblem> problems() {
        return problems;
    }

    private static String describe(List<BundleProblem> problems) {
        if (problems.isEmpty()) {
            return "none";
        }
        var first = problems.get(0);
        return (first.pointer().isEmpty() ? "/" : first.pointer()) + " " + first.message();
    }
}
