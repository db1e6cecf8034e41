package org.skillgraph.engine.credential;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.neo4j.GraphClient;

/**
 * The graph side of credentials: what a person earned, the {@code (:Credential)} issued for it (at most one per
 * person and badge, {@code -[:ISSUED_TO]->(:Person)}, {@code -[:OF]->(:Badge)}), and revocation. Status list
 * indexes are allocated from one {@code (:StatusList {id: 'revocation', next})} node whose write lock every
 * allocation takes first, so two first fetches of one credential issue it once. None of it bumps
 * {@code Meta.version}: credentials are people data, not curriculum.
 */
public final class CredentialRepository {

    static final String LIST = "revocation";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final GraphClient graph;
    private final Clock clock;

    public CredentialRepository(GraphClient graph, Clock clock) {
        this.graph = graph;
        this.clock = clock;
    }

    /** The badge {@code badgeId} as {@code personId} earned it; empty when they did not (or either is unknown). */
    public Optional<Award> award(String personId, String badgeId) {
        return graph.readOptional(
                CypherResources.statement("credential/award"),
                Map.of("person", personId, "badge", badgeId),
                r -> new Award(
                        personId,
                        r.get("badgeId").asString(),
                        r.get("name").asString(null),
                        r.get("description").asString(null),
                        r.get("earnedAt").asLocalDate(),
                        r.get("skills").asList(CredentialRepository::certified)));
    }

    /** The badge {@code badgeId} as the catalogue defines it; empty when it is unknown. */
    public Optional<BadgeDefinition> badge(String badgeId) {
        return graph.readOptional(
                CypherResources.statement("credential/badge-definition"),
                Map.of("badge", badgeId),
                r -> new BadgeDefinition(
                        r.get("badgeId").asString(),
                        r.get("name").asString(null),
                        r.get("description").asString(null),
                        r.get("skills").asList(CredentialRepository::certified)));
    }

    /** The credential of an earned badge, issued now (with the next status index) if it was not before. */
    public Optional<IssuedCredential> issue(String personId, String badgeId) {
        var params = Map.<String, Object>of("person", personId, "badge", badgeId);
        return graph.write(tx -> {
            tx.run(CypherResources.statement("credential/list-lock"), Map.of("list", LIST))
                    .consume();
            var found =
                    tx.run(CypherResources.statement("credential/find"), params).list();
            if (!found.isEmpty()) {
                return Optional.of(credential(found.get(0)));
            }
            var salt = new byte[16];
            RANDOM.nextBytes(salt);
            var created = tx.run(
                            CypherResources.statement("credential/create"),
                            Map.of(
                                    "list",
                                    LIST,
                                    "person",
                                    personId,
                                    "badge",
                                    badgeId,
                                    "id",
                                    "urn:uuid:" + UUID.randomUUID(),
                                    "subject",
                                    "urn:uuid:" + UUID.randomUUID(),
                                    "salt",
                                    HexFormat.of().formatHex(salt),
                                    "at",
                                    clock.instant().atOffset(ZoneOffset.UTC)))
                    .list();
            return created.stream().findFirst().map(CredentialRepository::credential);
        });
    }

    /** Revokes the credential of a person's badge; empty when none was issued. A repeat keeps the first time. */
    public Optional<IssuedCredential> revoke(String personId, String badgeId, String reason) {
        return graph.write(tx -> tx
                .run(
                        CypherResources.statement("credential/revoke"),
                        Map.of(
                                "person",
                                personId,
                                "badge",
                                badgeId,
                                "reason",
                                reason,
                                "at",
                                clock.instant().atOffset(ZoneOffset.UTC)))
                .list()
                .stream()
                .findFirst()
                .map(CredentialRepository::credential));
    }

    /** Whether the credential at status index {@code index} was revoked; empty when no credential has it. */
    public Optional<Boolean> revoked(long index) {
        return graph.readOptional(
                CypherResources.statement("credential/status"),
                Map.of("index", index),
                r -> !r.get("revokedAt").isNull());
    }

    /** The revoked indexes in {@code [from, to)}. */
    public List<Long> revokedIndexes(long from, long to) {
        return graph.readRows(
                CypherResources.statement("credential/revoked-indexes"),
                Map.of("from", from, "to", to),
                r -> r.get("statusIndex").asLong());
    }

    private static IssuedCredential credential(Record r) {
        var revoked = r.get("revokedAt");
        return new IssuedCredential(
                r.get("id").asString(),
                r.get("subject").asString(),
                r.get("salt").asString(),
                r.get("statusIndex").asLong(),
                revoked.isNull() ? null : revoked.asOffsetDateTime().toInstant());
    }

    private static Award.Certified certified(Value v) {
        return new Award.Certified(
                v.get("skillId").asString(),
                v.get("name").asString(v.get("skillId").asString()),
                v.get("framework").asString(null),
                v.get("level").asInt(0));
    }
}
