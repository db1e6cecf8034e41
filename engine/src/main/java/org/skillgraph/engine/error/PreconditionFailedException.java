package org.skillgraph.engine.error;

/** An optimistic-concurrency check failed: the entity changed since the caller read it. */
public final class PreconditionFailedException extends SkillgraphException {

    private static final long serialVersionUID = 1L;

    private final String currentTag;

    public PreconditionFailedException(String message, String currentTag) {
        super("stale-write", message, null);
        this.currentTag = currentTag;
    }

    public String currentTag() {
        return currentTag;
    }
}
