package org.skillgraph.seed.bundle;

/**
 * Neo4j could not be reached (or the connection was lost) while importing. A bundle import wrote nothing;
 * an ESCO import reports what its finished batches wrote in the log and may simply be run again.
 */
public final class GraphUnreachableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private static final java.util.Set<String> BUSY_CODES = java.util.Set.of(
            "Neo.ClientError.Transaction.TransactionTimedOut",
            "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
            "Neo.ClientError.Transaction.LockClientStopped",
            "Neo.ClientError.Transaction.Terminated",
            "Neo.ClientError.Cluster.NotALeader");

    public GraphUnreachableException(Throwable cause) {
        super("The graph database cannot be reached", cause);
    }

    /**
     * Whether {@code e} is the driver saying the database is gone, busy, timed out or refusing our credentials
     * or TLS: the family the engine's {@code Neo4jErrors} answers with 503 (seed-data cannot use the engine; a
     * test in the engine holds the two to the same cases), a transaction stopped by its timeout or while waiting
     * for a lock included.
     */
    public static boolean isOutage(org.neo4j.driver.exceptions.Neo4jException e) {
        var code = e.code() == null ? "" : e.code();
        return e instanceof org.neo4j.driver.exceptions.ServiceUnavailableException
                || e instanceof org.neo4j.driver.exceptions.SessionExpiredException
                || e instanceof org.neo4j.driver.exceptions.TransientException
                || e instanceof org.neo4j.driver.exceptions.TransactionTerminatedException
                || e instanceof org.neo4j.driver.exceptions.AuthenticationException
                || (e instanceof org.neo4j.driver.exceptions.SecurityException
                        && e.getCause() instanceof javax.net.ssl.SSLException)
                || code.startsWith("Neo.TransientError.")
                || BUSY_CODES.contains(code)
                || timedOut(e);
    }

    private static boolean timedOut(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
