package org.skillgraph.engine.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
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
 * through another API node takes effect here within that time. An unknown secret is remembered for {@link
 * #FORGET_MISSES_AFTER} only.
 */
public final class TokenService {

    /** How long another node's revocation may take to reach this one. */
    public static final Duration CACHE_FOR = Duration.ofSeconds(30);

    /** How long a token issued through another node may be refused here. */
    public static final Duration FORGET_MISSES_AFTER = Duration.ofSeconds(2);

    private final GraphClient graph;
    private final TokenRepository tokens;
    private final Clock clock;
    private final Cache<String, ApiToken> byHash;
    private final Cache<String, Boolean> unknown;

    public TokenService(GraphClient graph, Clock clock) {
        this(graph, clock, Ticker.systemTicker());
    }

    /** With the ticker the caches expire by (tests). */
    TokenService(GraphClient graph, Clock clock, Ticker ticker) {
        this.graph = graph;
        this.tokens = new TokenRepository(graph);
        this.clock = clock;
        this.byHash = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterWrite(CACHE_FOR)
                .ticker(ticker)
                .build();
        // Misses are remembered only briefly: long enough to absorb a client retrying a bad token, short enough
        // that a token just issued through another API node is accepted here within moments.
        this.unknown = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterWrite(FORGET_MISSES_AFTER)
                .ticker(ticker)
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
        var hash = TokenSecrets.hash(secret);
        tokens.create(token, hash);
        unknown.invalidate(hash);
        return new IssuedToken(token, secret);
    }

    /**
     * Creates an admin token if no active one exists, for the first start of a server on a new graph. At most
     * one is created even when several API nodes start at the same moment against the same database.
     *
     * @return the token created, with its secret; empty when an active admin token exists already
     */
    public Optional<IssuedToken> issueFirstAdmin(String label) {
        var secret = TokenSecrets.newSecret();
        var token = new ApiToken(TokenSecrets.newId(), AccessRole.ADMIN, null, label, clock.instant(), null);
        return tokens.createFirstAdmin(token, TokenSecrets.hash(secret))
                ? Optional.of(new IssuedToken(token, secret))
                : Optional.empty();
    }

    /** The valid token behind {@code secret}; empty when it is malformed, unknown or revoked. */
    public Optional<ApiToken> authenticate(String secret) {
        if (!TokenSecrets.wellFormed(secret)) {
            return Optional.empty();
        }
        var hash = TokenSecrets.hash(secret);
        var known = byHash.getIfPresent(hash);
        if (known == null) {
            if (unknown.getIfPresent(hash) != null) {
                return Optional.empty();
            }
            var found = tokens.findByHash(hash);
            if (found.isEmpty()) {
                unknown.put(hash, Boolean.TRUE);
                return Optional.empty();
            }
            known = found.get();
            byHash.put(hash, known);
        }
        return Optional.of(known).filter(t -> !t.revoked());
    }

    /**
     * The valid token behind {@code secret} if this node checked it recently, without asking the graph: what a
     * client address that failed too often may still use.
     */
    public Optional<ApiToken> cached(String secret) {
        if (!TokenSecrets.wellFormed(secret)) {
            return Optional.empty();
        }
        return Optional.ofNullable(byHash.getIfPresent(TokenSecrets.hash(secret)))
                .filter(t -> !t.revoked());
    }

    /**
     * Drops every cached token of a person, after their tokens were revoked in the graph by something other
     * than {@link #revoke} (an erasure), so this node refuses them at once.
     */
    public void forgetPerson(String personId) {
        byHash.asMap().values().removeIf(t -> personId.equals(t.personId()));
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
        return graph.readSingle(
                CypherResources.statement("read/person-exists"),
                Map.of("id", personId),
                r -> r.get("found").asBoolean());
    }
}
