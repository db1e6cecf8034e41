package org.skillgraph.engine.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.SecurityException;
import org.skillgraph.engine.error.GraphUnavailableException;

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
    }
}
