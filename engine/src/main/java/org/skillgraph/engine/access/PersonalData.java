package org.skillgraph.engine.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.PendingChanges;

/**
 * The data-subject operations: export everything the graph holds about one person, and erase it. Erasure
 * removes the person, every relationship they have and the evidence only they own, and revokes their tokens;
 * curriculum, cohorts and other people are untouched, so aggregates are computed from whoever remains.
 */
public final class PersonalData {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final GraphClient graph;
    private final Clock clock;

    public PersonalData(GraphClient graph, Clock clock) {
        this.graph = graph;
        this.clock = clock;
    }

    /**
     * Everything about the person as plain data: {@code person} (every property), {@code relationships}
     * (both directions, with the other end's label and id and the relationship's properties) and {@code
     * evidence}, {@code xapiStatements}, the xAPI statements applied to them or sent under their external ids, and {@code
     * mentoring}, the coaching requests and pairs they are a side of with goals and check-ins.
     *
     * @throws NotFoundException when there is no such person
     */
    public Map<String, Object> export(String personId) {
        return graph.readOptional(CypherResources.statement("read/person-export"), Map.of("id", personId), r -> {
                    var out = new LinkedHashMap<String, Object>();
                    out.put("exportedAt", clock.instant());
                    out.put("person", r.get("person").asObject());
                    out.put("relationships", r.get("relationships").asObject());
                    out.put("evidence", r.get("evidence").asObject());
                    out.put("xapiStatements", r.get("xapiStatements").asObject());
                    out.put("mentoring", r.get("mentoring").asObject());
                    return (Map<String, Object>) out;
                })
                .orElseThrow(() -> new NotFoundException("person", personId));
    }

    /**
     * Erases the person in one transaction and pseudonymises them where a record of what happened must stay: the
     * subjects of audit events and the revoked tokens' {@code personId} name a fresh random pseudonym instead.
     * Flush the audit log first, so that no event about the person is still on its way to the graph.
     *
     * @return the pseudonym and counts of what was removed or rewritten
     * @throws NotFoundException when there is no such person
     */
    public Erased erase(String personId) {
        var at = clock.instant().atZone(ZoneOffset.UTC);
        var pseudonym = pseudonym();
        var params = Map.<String, Object>of("id", personId, "at", at, "pseudonym", pseudonym);
        return graph.write(tx -> {
                    var erased = tx.run(CypherResources.statement("write/person-erase"), params).stream()
                            .findFirst()
                            .map(r -> new Erasure(
                                    r.get("relationships").asInt(),
                                    r.get("evidence").asInt(),
                                    r.get("tokens").asInt(),
                                    0));
                    if (erased.isEmpty()) {
                        return Optional.<Erased>empty();
                    }
                    int events = tx.run(CypherResources.statement("write/audit-pseudonymise"), params)
                            .single()
                            .get("events")
                            .asInt();
                    // The person leaves the reporting tree: API nodes reload their org chart.
                    tx.run(org.skillgraph.cypher.UpsertQueries.bumpOrgVersion()).consume();
                    PendingChanges.person(personId);
                    var counts = erased.get();
                    return Optional.of(new Erased(
                            pseudonym,
                            new Erasure(counts.relationships(), counts.evidence(), counts.tokensRevoked(), events)));
                })
                .orElseThrow(() -> new NotFoundException("person", personId));
    }

    private static String pseudonym() {
        var bytes = new byte[9];
        RANDOM.nextBytes(bytes);
        return "erased-" + HexFormat.of().formatHex(bytes);
    }

    /**
     * The person's active coaching pairs, both ways, as a pair needs them: the other person's name, the skills
     * and the start date, never the other person's id or levels.
     */
    public java.util.List<PairView> coachingPairs(String personId) {
        return graph.readRows(
                CypherResources.statement("read/my-coaching"),
                Map.of("id", personId),
                r -> new PairView(
                        r.get("direction").asString(),
                        r.get("name").asString(),
                        org.skillgraph.engine.neo4j.Rows.strings(r.get("skills")),
                        org.skillgraph.engine.neo4j.Rows.date(r.get("since"))));
    }

    /**
     * One side of an active coaching pair as the other side sees it.
     *
     * @param direction {@code coaching} (I coach them) or {@code coached-by}
     */
    public record PairView(String direction, String name, java.util.List<String> skills, java.time.LocalDate since) {}

    /** What an erasure removed or rewrote, as counts only: the erased data itself is gone. */
    public record Erasure(int relationships, int evidence, int tokensRevoked, int auditEvents) {}

    /** An erasure: the pseudonym that now stands for the person in the audit trail and token rows, and counts. */
    public record Erased(String pseudonym, Erasure erased) {}
}
