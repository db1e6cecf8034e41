package org.skillgraph.engine.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.error.GraphUnavailableException;
import org.skillgraph.seed.testing.Neo4jFixture;

class GraphClientOutageIT {

    @Test
    void shouldReportAnOutageAsUnavailableAndRecoverByItself() throws Exception {
        Neo4jFixture.get().useDemo();
        try (var proxy = new TcpProxy(Neo4jFixture.get().boltUri().getPort());
                var graph = connectThrough(proxy)) {
            var info = new GraphInfo(graph);
            long version = info.version();

            proxy.cut();
            assertThatExceptionOfType(GraphUnavailableException.class)
                    .isThrownBy(info::version)
                    .withMessageNotContaining("bolt")
                    .withMessageNotContaining("127.0.0.1");

            proxy.restore();
            assertThat(info.version()).isEqualTo(version);
        }
    }

    @Test
    void shouldReadAgainWhenThePooledConnectionWasDroppedWhileIdle() throws Exception {
        Neo4jFixture.get().useDemo();
        try (var proxy = new TcpProxy(Neo4jFixture.get().boltUri().getPort());
                var graph = connectThrough(proxy)) {
            var info = new GraphInfo(graph);
            long version = info.version();

            // The one-round-trip read is an auto-commit statement, which the driver does not retry itself.
            proxy.dropOnNextRequest();
            assertThat(info.version()).isEqualTo(version);
            assertThat(graph.readRows(
                            "UNWIND [1, 2, 3] AS n RETURN n",
                            java.util.Map.of(),
                            r -> r.get("n").asInt()))
                    .containsExactly(1, 2, 3);
        }
    }

    @Test
    void shouldReportAnUnreachableServerAsUnavailable() {
        try (var graph = GraphClient.connect(Neo4jSettings.unauthenticated(URI.create("bolt://127.0.0.1:1")))) {
            assertThatExceptionOfType(GraphUnavailableException.class).isThrownBy(() -> new GraphInfo(graph).isEmpty());
        }
    }

    private static GraphClient connectThrough(TcpProxy proxy) {
        return GraphClient.connect(Neo4jSettings.unauthenticated(URI.create("bolt://127.0.0.1:" + proxy.port())));
    }
}
