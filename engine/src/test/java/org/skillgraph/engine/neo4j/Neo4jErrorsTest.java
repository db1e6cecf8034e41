package org.skillgraph.engine.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.AuthenticationException;
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
}
