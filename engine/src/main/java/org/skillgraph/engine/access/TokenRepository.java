package org.skillgraph.engine.access;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;

/** Stores API tokens as hashes; none of these writes touch {@code Meta.version}: tokens are not curriculum. */
final class TokenRepository {

    private final GraphClient graph;

    TokenRepository(GraphClient graph) {
        this.graph = graph;
    }

    void create(ApiToken token, String hash) {
        var params = parameters(token, hash);
        graph.write(tx ->
                tx.run(CypherResources.statement("write/token-create"), params).consume());
    }

    /**
     * Stores {@code token} (an admin token) unless an active admin token exists, and says whether it did. The
     * check and the write run under the {@code Meta} node's write lock, so API nodes starting together on an
     * empty graph store one token between them: the second waits for the first to commit and then sees it.
     */
    boolean createFirstAdmin(ApiToken token, String hash) {
        var params = parameters(token, hash);
        return graph.write(tx -> {
            tx.run(CypherResources.statement("write/meta-lock")).consume();
            return tx.run(CypherResources.statement("write/token-create-first-admin"), params)
                    .single()
                    .get("created")
                    .asBoolean();
        });
    }

    /** A token's stored fields (an admin token's {@code personId} is null). */
    private static Map<String, Object> parameters(ApiToken token, String hash) {
        var params = new HashMap<String, Object>();
        params.put("id", token.id());
        params.put("hash", hash);
        params.put("role", token.role().wireName());
        params.put("personId", token.personId());
        params.put("label", token.label());
        params.put("createdAt", token.createdAt().atZone(ZoneOffset.UTC));
        return params;
    }

    Optional<ApiToken> findByHash(String hash) {
        return graph.readOptional(
                CypherResources.statement("read/token-by-hash"), Map.of("hash", hash), r -> token(r.get("token")));
    }

    List<ApiToken> list() {
        return graph.readRows(CypherResources.statement("read/token-list"), Map.of(), r -> token(r.get("token")));
    }

    /** Revokes the token and returns it with the hash its cache entry is keyed by. */
    Optional<Map.Entry<String, ApiToken>> revoke(String id, Instant at) {
        return graph.write(tx -> tx
                .run(CypherResources.statement("write/token-revoke"), Map.of("id", id, "at", at.atZone(ZoneOffset.UTC)))
                .stream()
                .findFirst()
                .map(r -> Map.entry(r.get("hash").asString(), token(r.get("token")))));
    }

    private static ApiToken token(Value t) {
        return new ApiToken(
                t.get("id").asString(),
                AccessRole.fromWire(t.get("role").asString()).orElse(AccessRole.READER),
                Rows.string(t.get("personId")),
                Rows.string(t.get("label")),
                t.get("createdAt").asZonedDateTime().toInstant(),
                t.get("revokedAt").isNull()
                        ? null
                        : t.get("revokedAt").asZonedDateTime().toInstant());
    }
}
