package org.skillgraph.engine.review;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.error.ConflictException;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.evidence.EvidenceRecord;
import org.skillgraph.engine.evidence.EvidenceService;
import org.skillgraph.engine.evidence.EvidenceSource;
import org.skillgraph.engine.ids.TimeOrderedIds;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.PendingChanges;
import org.skillgraph.engine.neo4j.Rows;
import org.skillgraph.engine.paging.Cursor;
import org.skillgraph.engine.paging.Page;

/**
 * A learner's claims and their review. A self-assessment is recorded at once as {@code self} evidence (the
 * weakest tier: shown as self-assessed, never enough to coach); prior learning counts for nothing until accepted.
 * An acceptance records the granted level as {@code manager} evidence (a reviewer's observation, tier 0) with the
 * reviewer as assessor; a rejection of a self-assessment retracts its self evidence. Each step is one transaction
 * holding the person's lock; a claim is decided once (a second decision is 409 {@code claim-decided}).
 */
public final class ClaimService {

    /** The source of the evidence an accepted claim records: a reviewer's judgement, tier 0. */
    public static final EvidenceSource REVIEWED = EvidenceSource.MANAGER;

    private final GraphClient graph;
    private final EvidenceService evidence;
    private final Clock clock;
    private final TimeOrderedIds ids;

    public ClaimService(GraphClient graph, EvidenceService evidence, Clock clock) {
        this.graph = graph;
        this.evidence = evidence;
        this.clock = clock;
        this.ids = TimeOrderedIds.of("cl-", clock);
    }

    /**
     * Submits a learner's claim about themself.
     *
     * @throws NotFoundException {@code person-not-found}
     * @throws InvalidRequestException {@code unknown-reference} at {@code /skill}
     * @throws ConflictException {@code claim-pending} when a claim about the skill still waits
     */
    public Claim submit(String personId, ClaimRequest request) {
        return graph.write(tx -> {
            var lock = tx.run(CypherResources.statement("write/person-lock"), Map.of("people", List.of(personId)))
                    .list();
            if (lock.isEmpty()) {
                throw new NotFoundException("person", personId, "person-not-found");
            }
            PendingChanges.person(personId);
            var pending = tx.run(
                            CypherResources.statement("read/claim-pending-for"),
                            Map.of("person", personId, "skill", request.skillId()))
                    .single()
                    .get("pending");
            if (!pending.isNull()) {
                throw new ConflictException(
                        "claim-pending",
                        "Claim '" + pending.asString() + "' about " + request.skillId()
                                + " is still waiting for review; nothing was written",
                        Map.of("claimId", pending.asString()));
            }
            var id = ids.next();
            var claim = new HashMap<String, Object>();
            claim.put("id", id);
            claim.put("kind", request.kind().wireName());
            claim.put("level", request.level());
            claim.put("note", request.note());
            claim.put("link", request.link());
            claim.put("submittedAt", OffsetDateTime.now(clock));
            var created = tx.run(
                            CypherResources.statement("write/claim-create"),
                            Map.of("person", personId, "skill", request.skillId(), "claim", claim))
                    .list();
            if (created.isEmpty()) {
                throw InvalidRequestException.of("/skill", "unknown skill '" + request.skillId() + "'");
            }
            if (request.kind() == ClaimKind.SELF_ASSESSMENT) {
                var rating =
                        EvidenceRecord.of(request.skillId(), EvidenceSource.SELF, request.level(), evidence.today());
                var written = evidence.recordWithin(tx, personId, rating, null, id);
                tx.run(
                                CypherResources.statement("write/claim-link-evidence"),
                                Map.of(
                                        "id",
                                        id,
                                        "evidenceId",
                                        written.evidence().get(0).id()))
                        .consume();
            }
            return read(tx, id);
        });
    }

    /** One claim. @throws NotFoundException {@code claim-not-found} */
    public Claim claim(String claimId) {
        return graph.read(tx -> read(tx, claimId));
    }

    /** Whether {@code reviewer} may decide {@code personId}'s claims: designated, or above them in the line. */
    public boolean mayReview(Reviewer reviewer, String personId) {
        if (reviewer.designated()) {
            return true;
        }
        if (reviewer.personId() == null || reviewer.personId().equals(personId)) {
            return false;
        }
        return graph.readSingle(
                CypherResources.statement("read/claim-reviewer"),
                Map.of("person", personId, "reviewer", reviewer.personId()),
                r -> r.get("inLine").asBoolean());
    }

    /**
     * Accepts a pending claim, granting {@code grantedLevel} (the claimed level when null) as reviewed evidence
     * dated today. The caller has checked {@link #mayReview}.
     *
     * @param note the reviewer's note, kept as the decision's reason; optional
     */
    public Decision accept(String claimId, Reviewer reviewer, Integer grantedLevel, String note) {
        return graph.write(tx -> {
            var claim = lockPending(tx, claimId);
            int level = grantedLevel == null ? claim.level() : grantedLevel;
            var record = EvidenceRecord.of(claim.skillId(), REVIEWED, level, evidence.today());
            var written = evidence.recordWithin(tx, claim.personId(), record, reviewer.id(), claimId);
            var decided = decide(
                    tx,
                    claimId,
                    ClaimStatus.ACCEPTED,
                    reviewer,
                    level,
                    note,
                    written.evidence().get(0).id());
            return new Decision(decided, written.levels().get(0), written.badgesEarned());
        });
    }

    /**
     * Rejects a pending claim with a reason; a self-assessment's self evidence is retracted with it, so the level
     * it set no longer shows. The caller has checked {@link #mayReview}.
     */
    public Decision reject(String claimId, Reviewer reviewer, String reason) {
        return graph.write(tx -> {
            var claim = lockPending(tx, claimId);
            var level = claim.selfEvidenceId() == null
                    ? null
                    : evidence.retractIn(
                                    tx,
                                    claim.personId(),
                                    claim.selfEvidenceId(),
                                    "claim " + claimId + " rejected: " + reason,
                                    reviewer.id())
                            .level();
            var decided = decide(tx, claimId, ClaimStatus.REJECTED, reviewer, null, reason, null);
            return new Decision(decided, level, List.of());
        });
    }

    /** A person's claims, newest first. @throws NotFoundException {@code person-not-found} */
    public Page<Claim> claims(String personId, ClaimStatus status, String cursor, int limit) {
        int skip = Cursor.offsetOf(cursor);
        return graph.read(tx -> {
            if (!tx.run(CypherResources.statement("read/person-exists"), Map.of("id", personId))
                    .single()
                    .get("found")
                    .asBoolean()) {
                throw new NotFoundException("person", personId, "person-not-found");
            }
            var params = new HashMap<String, Object>();
            params.put("person", personId);
            params.put("status", status == null ? null : status.wireName());
            params.put("skip", skip);
            params.put("limit", limit + 1);
            return page(
                    tx.run(CypherResources.statement("read/claim-list"), params).list(r -> claim(r.get("claim"))),
                    skip,
                    limit);
        });
    }

    /** The claims {@code reviewer} may decide, oldest first: everyone's for a designated reviewer. */
    public Page<Claim> queue(Reviewer reviewer, ClaimStatus status, String cursor, int limit) {
        int skip = Cursor.offsetOf(cursor);
        if (!reviewer.designated() && reviewer.personId() == null) {
            return new Page<>(List.of(), null);
        }
        var params = new HashMap<String, Object>();
        params.put("status", status == null ? null : status.wireName());
        params.put("skip", skip);
        params.put("limit", limit + 1);
        String statement = "read/claim-queue-all";
        if (!reviewer.designated()) {
            params.put("reviewer", reviewer.personId());
            statement = "read/claim-queue-line";
        }
        var rows = graph.readRows(CypherResources.statement(statement), params, r -> claim(r.get("claim")));
        return page(rows, skip, limit);
    }

    static <T> Page<T> page(List<T> rows, int skip, int limit) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        return new Page<>(rows.subList(0, limit), Cursor.atOffset(skip + limit));
    }

    private Claim lockPending(TransactionContext tx, String claimId) {
        var rows = tx.run(CypherResources.statement("write/claim-lock"), Map.of("id", claimId))
                .list(r -> claim(r.get("claim")));
        if (rows.isEmpty()) {
            throw new NotFoundException("claim", claimId, "claim-not-found");
        }
        var claim = rows.get(0);
        if (!claim.pending()) {
            throw new ConflictException(
                    "claim-decided",
                    "Claim '" + claimId + "' was " + claim.status() + " already, on " + claim.decidedAt()
                            + "; a decision is final",
                    Map.of("claimStatus", claim.status()));
        }
        return claim;
    }

    private Claim decide(
            TransactionContext tx,
            String claimId,
            ClaimStatus status,
            Reviewer reviewer,
            Integer level,
            String reason,
            String evidenceId) {
        var params = new HashMap<String, Object>();
        params.put("id", claimId);
        params.put("status", status.wireName());
        params.put("at", OffsetDateTime.now(clock));
        params.put("by", reviewer.id());
        params.put("level", level);
        params.put("reason", reason);
        params.put("evidenceId", evidenceId);
        return tx.run(CypherResources.statement("write/claim-decide"), params)
                .single()
                .get("claim")
                .computeOrDefault(ClaimService::claim, null);
    }

    private static Claim read(TransactionContext tx, String claimId) {
        var rows = tx.run(CypherResources.statement("read/claim-get"), Map.of("id", claimId))
                .list(r -> claim(r.get("claim")));
        if (rows.isEmpty()) {
            throw new NotFoundException("claim", claimId, "claim-not-found");
        }
        return rows.get(0);
    }

    static Claim claim(Value c) {
        return new Claim(
                c.get("id").asString(),
                c.get("personId").asString(),
                c.get("skillId").asString(),
                Rows.string(c.get("skillName")),
                c.get("kind").asString(),
                Rows.integer(c.get("level"), 0),
                Rows.string(c.get("note")),
                Rows.string(c.get("link")),
                c.get("status").asString(),
                dateTime(c.get("submittedAt")),
                Rows.string(c.get("selfEvidenceId")),
                dateTime(c.get("decidedAt")),
                Rows.string(c.get("decidedBy")),
                Rows.integer(c.get("grantedLevel")),
                Rows.string(c.get("reason")),
                Rows.string(c.get("evidenceId")));
    }

    static OffsetDateTime dateTime(Value v) {
        return v == null || v.isNull() ? null : v.asOffsetDateTime();
    }
}
