package org.skillgraph.api.cli;

/** A command cannot go on, for a reason the user can act on; its message is the one line printed. */
final class CliRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CliRefusal(String message) {
        super(message);
    }
}
