package org.skillgraph.engine.error;

/** Neo4j cannot be reached or timed out; the caller may retry later. */
public final class GraphUnavailableException extends SkillgraphException {

    private static final long serialVersionUID = 1L;

    public GraphUnavailableException(String message, Throwable cause) {
        super("graph-unavailable", message, cause);
    }
}
