package org.skillgraph.engine.error;

/**
 * The root of every error the engine reports to its callers. Each subtype has a stable {@link #code()}
 * that the HTTP layer turns into a problem type; messages are written for the caller and never carry
 * driver or database internals.
 */
public abstract sealed class SkillgraphException extends RuntimeException
        permits NotFoundException,
                InvalidRequestException,
                ConflictException,
                GraphUnavailableException,
                PreconditionFailedException {

    private static final long serialVersionUID = 1L;

    private final String code;

    SkillgraphException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** A stable, machine-readable code such as {@code not-found} or {@code prerequisite-cycle}. */
    public String code() {
        return code;
    }
}
