package org.skillgraph.engine.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ConnectionReadTimeoutException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransactionTerminatedException;
import org.neo4j.driver.exceptions.TransientException;
import org.skillgraph.engine.error.ConflictException;
import org.skillgraph.engine.error.GraphUnavailableException;
import org.skillgraph.seed.bundle.GraphUnreachableException;

/**
 * The engine's translation of driver errors; the import's classification ({@link GraphUnreachableException}, in
 * seed-data, which cannot use the engine) is held to the same answer in every case.
 */
class Neo4jErrorsTest {

    @Test
    void shouldTurnRefusedCredentialsIntoAPlainSentence() {
        var refused = new AuthenticationException(
                "Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.");

        var translated = Neo4jErrors.translate(refused);

        assertThat(translated)
                .isInstanceOf(GraphUnavailableException.class)
                .hasMessage("The graph database refused the user name or password")
                .hasCause(refused);
        assertThat(GraphUnreachableException.isOutage(refused)).isTrue();
    }

    @Test
    void shouldTurnAFailedTlsHandshakeIntoAPlainSentence() {
        var handshake = new SecurityException(
                "Failed to establish secured connection with the server",
                new SSLHandshakeException("PKIX path building failed"));

        assertThat(Neo4jErrors.translate(handshake))
                .isInstanceOf(GraphUnavailableException.class)
                .hasMessageStartingWith("TLS to the graph database failed: its certificate is not trusted")
                .hasCause(handshake);
        assertThat(GraphUnreachableException.isOutage(handshake)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Neo.ClientError.Transaction.TransactionTimedOut",
                "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
                "Neo.ClientError.Transaction.LockClientStopped",
                "Neo.ClientError.Transaction.Terminated",
                "Neo.ClientError.Cluster.NotALeader"
            })
    void shouldAnswerABusyClientErrorAsUnavailable(String code) {
        assertUnavailable(new ClientException(code, "stopped"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Neo.TransientError.Transaction.DeadlockDetected",
                "Neo.TransientError.Transaction.LockAcquisitionTimeout",
                "Neo.TransientError.Transaction.Outdated",
                "Neo.TransientError.General.DatabaseUnavailable",
                "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
                "Neo.TransientError.Cluster.ReplicationFailure"
            })
    void shouldAnswerEveryTransientErrorAsUnavailable(String code) {
        assertUnavailable(new TransientException(code, "try again"));
        // A server error filed under another class by a driver version still counts by its code.
        assertUnavailable(new DatabaseException(code, "try again"));
    }

    @Test
    void shouldAnswerATerminatedTransactionAsUnavailable() {
        assertUnavailable(new TransactionTerminatedException("Neo.ClientError.Transaction.Terminated", "killed"));
        assertUnavailable(new TransactionTerminatedException("terminated while closing"));
    }

    @Test
    void shouldAnswerALostOrUnreachableServerAsUnavailable() {
        assertUnavailable(new ServiceUnavailableException("no route"));
        assertUnavailable(new SessionExpiredException("leader gone"));
        assertUnavailable(ConnectionReadTimeoutException.INSTANCE);
    }

    @Test
    void shouldAnswerADriverTimeoutAsUnavailable() {
        assertUnavailable(new ClientException("Unable to acquire a connection in time", new TimeoutException()));
    }

    @Test
    void shouldAnswerAConstraintViolationAsAConflict() {
        var translated = Neo4jErrors.translate(
                new ClientException("Neo.ClientError.Schema.ConstraintValidationFailed", "already exists"));

        assertThat(translated).isInstanceOf(ConflictException.class);
        assertThat(GraphUnreachableException.isOutage(
                        new ClientException("Neo.ClientError.Schema.ConstraintValidationFailed", "already exists")))
                .isFalse();
        assertThat(((ConflictException) translated).code()).isEqualTo("constraint-violation");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Neo.ClientError.Statement.SyntaxError",
                "Neo.ClientError.Statement.ParameterMissing",
                "Neo.ClientError.Security.Forbidden"
            })
    void shouldKeepADefectOnOurSideAnInternalError(String code) {
        var defect = new ClientException(code, "bad statement");
        var translated = Neo4jErrors.translate(defect);

        assertThat(translated).isExactlyInstanceOf(IllegalStateException.class).hasMessageContaining(code);
        assertThat(GraphUnreachableException.isOutage(defect))
                .as("an import's view of " + code)
                .isFalse();
    }

    private static void assertUnavailable(org.neo4j.driver.exceptions.Neo4jException e) {
        var translated = Neo4jErrors.translate(e);

        assertThat(translated).isInstanceOf(GraphUnavailableException.class).hasCause(e);
        assertThat(((GraphUnavailableException) translated).code()).isEqualTo("graph-unavailable");
        assertThat(translated.getMessage()).doesNotContain(e.getMessage());
        assertThat(GraphUnreachableException.isOutage(e))
                .as("an import's view of " + e)
                .isTrue();
    }
}
