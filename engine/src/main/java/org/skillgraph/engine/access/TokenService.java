package org.skillgraph.engine.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.neo4j.GraphClient;

/**
 * Issues, checks and revokes API tokens. A checked token is cached for {@link #CACHE_FOR} so authentication
 * costs no round trip on the hot path; a revocation made through this node drops its entry at once, one made
 * through another API node takes effect here within that time.
 */
public final class TokenService {

    /** How long another node's revocation may take to reach this one. */
    public static final Duration CACHE_FOR = Duration.ofSeconds(30);

    private final GraphClient graph;
    private final TokenRepository tokens;
    private final Clock clock;
    private final Cache<String, Optional<ApiToken>> byHash;

    public TokenService(GraphClient graph, Clock clock) {
        this.graph = graph;
        this.tokens = new TokenRepository(graph);
        this.clock = clock;
        this.byHash = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterWrite(CACHE_FOR)
                .build();
    }

    /**
     * Creates a token. A {@code learner} token must name an existing person; no other role may name one.
     *
     * @throws InvalidRequestException when the role and person do not fit together or the person is unknown
     */
    public IssuedToken issue(AccessRole role, String personId, String label) {
        if (role == AccessRole.LEARNER && (personId == null || personId.isBlank())) {
            throw InvalidRequestException.of("/personId", "a learner token is bound to one person: name the person");
        }
        if (role != AccessRole.LEARNER && personId != null) {
            throw InvalidRequestException.of("/personId", "only a learner token is bound to a person");
        }
        if (personId != null && !personExists(personId)) {
            throw InvalidRequestException.of("/personId", "no person with id " + personId);
        }
        var secret = TokenSecrets.newSecret();
        var token = new ApiToken(TokenSecrets.newId(), role, personId, label, clock.instant(), null);
        tokens.create(token, TokenSecrets.hash(secret));
        return new IssuedToken(token, secret);
    }

    /** The valid token behind {@code secret}; empty when it is malformed, unknown or revoked. */
    public Optional<ApiToken> authenticate(String secret) {
        if (!TokenSecrets.wellFormed(secret)) {
            return Optional.empty();
        }
        var hash = TokenSecrets.hash(secret);
        return byHash.get(hash, tokens::findByHash).filter(t -> !t.revoked());
    }

    public List<ApiToken> list() {
        return tokens.list();
    }

    /** Revokes a token; revoking twice is harmless. */
    public ApiToken revoke(String id) {
        var revoked = tokens.revoke(id, clock.instant()).orElseThrow(() -> new NotFoundException("token", id));
        byHash.invalidate(revoked.getKey());
        return revoked.getValue();
    }

    private boolean personExists(String personId) {
        return graph.read(tx -> tx.run(CypherResources.statement("read/person-exists"), Map.of("id", personId))
                .single()
                .get("found")
                .asBoolean());
    }
}
