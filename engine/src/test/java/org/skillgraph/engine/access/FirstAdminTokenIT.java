package org.skillgraph.engine.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.seed.testing.Neo4jFixture;

class FirstAdminTokenIT {

    private static final int ROUNDS = 10;

    private final Neo4jFixture neo4j = Neo4jFixture.get();
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeEach
    void empty() {
        neo4j.reset();
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void shouldCreateExactlyOneAdminTokenWhenTwoNodesStartTogether() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            neo4j.reset();
            // Two clients with their own bookmarks, as two API nodes have.
            var a = new TokenService(client(), Clock.systemUTC());
            var b = new TokenService(client(), Clock.systemUTC());
            var start = new CyclicBarrier(2);
            var first = threads.submit(() -> race(start, a));
            var second = threads.submit(() -> race(start, b));
            var results = new ArrayList<Optional<IssuedToken>>();
            results.add(first.get());
            results.add(second.get());

            assertThat(results)
                    .as("round %d: tokens handed out", round)
                    .filteredOn(Optional::isPresent)
                    .hasSize(1);
            assertThat(activeAdmins())
                    .as("round %d: admin tokens in the graph", round)
                    .isEqualTo(1L);
            var created = results.stream().flatMap(Optional::stream).findFirst().orElseThrow();
            assertThat(a.authenticate(created.secret())).map(ApiToken::role).contains(AccessRole.ADMIN);
        }
    }

    @Test
    void shouldCreateNoneWhileAnActiveAdminTokenExists() {
        var tokens = new TokenService(client(), Clock.systemUTC());
        tokens.issue(AccessRole.ADMIN, null, "existing");

        assertThat(tokens.issueFirstAdmin("first admin")).isEmpty();
        assertThat(activeAdmins()).isEqualTo(1L);
    }

    @Test
    void shouldCreateOneWhenEveryAdminTokenIsRevoked() {
        var tokens = new TokenService(client(), Clock.systemUTC());
        tokens.revoke(tokens.issue(AccessRole.ADMIN, null, "old").token().id());
        tokens.issue(AccessRole.READER, null, "not an admin");

        assertThat(tokens.issueFirstAdmin("first admin"))
                .map(t -> t.token().label())
                .contains("first admin");
        assertThat(activeAdmins()).isEqualTo(1L);
    }

    private static Optional<IssuedToken> race(CyclicBarrier start, TokenService tokens) throws Exception {
        start.await();
        return tokens.issueFirstAdmin("first admin");
    }

    private GraphClient client() {
        return GraphClient.wrap(neo4j.driver(), Neo4jSettings.unauthenticated(neo4j.boltUri()))
                .separateChain();
    }

    private long activeAdmins() {
        return (Long) neo4j.query(
                        "MATCH (t:ApiToken {role: 'admin'}) WHERE t.revokedAt IS NULL RETURN count(t) AS n", Map.of())
                .get(0);
    }
}
