package org.skillgraph.engine.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.seed.testing.Neo4jFixture;

/** Unknown secrets are remembered briefly, so guessing costs the graph little, without refusing new tokens. */
class UnknownTokenCacheIT {

    private final Neo4jFixture neo4j = Neo4jFixture.get();
    private final GraphClient graph = GraphClient.wrap(neo4j.driver(), Neo4jSettings.unauthenticated(neo4j.boltUri()));
    private final AtomicLong nanos = new AtomicLong();
    private final TokenService tokens = new TokenService(graph, Clock.systemUTC(), nanos::get);

    @Test
    void shouldRememberAnUnknownSecretBrieflyAndThenAcceptItOnceAnotherNodeStoredIt() {
        var secret = TokenSecrets.newSecret();
        assertThat(tokens.authenticate(secret)).isEmpty();
        // Another API node issues a token with this very secret: only its hash reaches the shared graph.
        var token = new ApiToken(TokenSecrets.newId(), AccessRole.READER, null, "elsewhere", Instant.now(), null);
        new TokenRepository(graph).create(token, TokenSecrets.hash(secret));

        var whileRemembered = tokens.authenticate(secret);
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(TokenService.FORGET_MISSES_AFTER.toMillis() + 1));
        var afterwards = tokens.authenticate(secret);

        assertThat(whileRemembered)
                .as("the miss is served from the cache, not the graph")
                .isEmpty();
        assertThat(afterwards).map(ApiToken::id).contains(token.id());
    }

    @Test
    void shouldAcceptATokenIssuedHereRightAfterMisses() {
        for (int i = 0; i < 50; i++) {
            assertThat(tokens.authenticate(TokenSecrets.newSecret())).isEmpty();
        }

        var issued = tokens.issue(AccessRole.READER, null, "new");

        assertThat(tokens.authenticate(issued.secret()))
                .map(ApiToken::id)
                .contains(issued.token().id());
    }
}
