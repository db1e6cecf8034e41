package org.skillgraph.api.cli.remote;

import java.util.List;

/** The running server answered with a problem document (or not at all); the message is one line. */
public final class ServerRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient List<Error> errors;

    /** One entry of the problem's {@code errors[]}. */
    public record Error(String pointer, String message) {}

    public ServerRefusal(String message, String code, List<Error> errors) {
        super(message);
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    /** The problem's stable code ({@code invalid-bundle}, {@code forbidden}, ...); {@code unreachable} if none came. */
    public String code() {
        return code;
    }

    public List<Error> errors() {
        return errors;
    }
}
