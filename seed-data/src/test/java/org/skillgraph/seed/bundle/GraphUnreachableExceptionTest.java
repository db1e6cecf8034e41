package org.skillgraph.seed.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransactionTerminatedException;
import org.neo4j.driver.exceptions.TransientException;

class GraphUnreachableExceptionTest {

    @Test
    void shouldCountALostBusyOrTimedOutDatabaseAsAnOutage() {
        assertThat(GraphUnreachableException.isOutage(new ServiceUnavailableException("no route")))
                .isTrue();
        assertThat(GraphUnreachableException.isOutage(new SessionExpiredException("leader gone")))
                .isTrue();
        assertThat(GraphUnreachableException.isOutage(
                        new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock")))
                .isTrue();
        assertThat(GraphUnreachableException.isOutage(
                        new TransactionTerminatedException("Neo.ClientError.Transaction.Terminated", "killed")))
                .isTrue();
        for (var code : new String[] {
            "Neo.ClientError.Transaction.TransactionTimedOut",
            "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
            "Neo.ClientError.Transaction.LockClientStopped"
        }) {
            assertThat(GraphUnreachableException.isOutage(new ClientException(code, "stopped")))
                    .as(code)
                    .isTrue();
        }
    }

    @Test
    void shouldLeaveADefectAnError() {
        assertThat(GraphUnreachableException.isOutage(
                        new ClientException("Neo.ClientError.Statement.SyntaxError", "bad statement")))
                .isFalse();
    }
}
