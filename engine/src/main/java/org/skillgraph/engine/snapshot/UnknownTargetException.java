package org.skillgraph.engine.snapshot;

/** A planner was asked about a role or skill id that the curriculum snapshot does not know. */
public final class UnknownTargetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String targetId;

    public UnknownTargetException(String kind, String targetId) {
        super("unknown " + kind + " '" + targetId + "'");
        this.targetId = targetId;
    }

    /** The id that was not found. */
    public String targetId() {
        return targetId;
    }
}
