package org.skillgraph.seed.bundle;

/**
 * Neo4j could not be reached (or the connection was lost) while importing. A bundle import wrote nothing;
 * an ESCO import reports what its finished batches wrote in the log and may simply be run again.
 */
public final class GraphUnreachableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GraphUnreachableException(Throwable cause) {
        super("The graph database cannot be reached", cause);
    }

    /** Whether {@code e} is the driver saying the database is gone, busy or timed out. */
    public static boolean isOutage(org.neo4j.driver.exceptions.Neo4jException e) {
        return e instanceof org.neo4j.driver.exceptions.ServiceUnavailableException
                || e instanceof org.neo4j.driver.exceptions.SessionExpiredException
                || e instanceof org.neo4j.driver.exceptions.TransientException;
    }
}
