package org.skillgraph.engine.neo4j;

import javax.net.ssl.SSLException;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.skillgraph.engine.error.ConflictException;
import org.skillgraph.engine.error.GraphUnavailableException;

/** Translates driver errors at the persistence boundary; no driver message reaches a caller. */
final class Neo4jErrors {

    private Neo4jErrors() {}

    static RuntimeException translate(Neo4jException e) {
        if (e instanceof AuthenticationException) {
            // A wrong or rotated password: no retry helps, and the operator must see this, not a stack trace.
            return new GraphUnavailableException("The graph database refused the user name or password", e);
        }
        if (e instanceof SecurityException && e.getCause() instanceof SSLException) {
            return new GraphUnavailableException(
                    "TLS to the graph database failed: its certificate is not trusted or does not name its host", e);
        }
        if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException) {
            return new GraphUnavailableException("The graph database cannot be reached", e);
        }
        var code = e.code() == null ? "" : e.code();
        if (e instanceof TransientException || code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
            return new GraphUnavailableException("The graph database is busy or the query timed out", e);
        }
        if (e instanceof ClientException && code.equals("Neo.ClientError.Schema.ConstraintValidationFailed")) {
            return new ConflictException("constraint-violation", "The write conflicts with an existing entity");
        }
        // Anything else is a defect on our side: keep the driver's error as the cause for the log.
        return new IllegalStateException("Unexpected Neo4j error " + code, e);
    }
}
