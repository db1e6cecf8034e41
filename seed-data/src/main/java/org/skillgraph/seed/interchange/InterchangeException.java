package org.skillgraph.seed.interchange;

import java.util.List;

/**
 * An exchange file was refused before anything was written: every problem found, each with its file and
 * place. {@link #code()} names the format ({@code invalid-case-package}, ...), so the API can answer a stable
 * problem code.
 */
public final class InterchangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient List<InterchangeProblem> problems;

    public InterchangeException(String code, List<InterchangeProblem> problems) {
        super(problems.size() + " problem(s), first: " + describe(problems));
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    public String code() {
        return code;
    }

    public List<InterchangeProblem> problems() {
        return problems;
    }

    private static String describe(List<InterchangeProblem> problems) {
        if (problems.isEmpty()) {
            return "none";
        }
        var first = problems.get(0);
        return first.file() + " " + (first.pointer().isEmpty() ? "/" : first.pointer()) + " " + first.message();
    }
}
