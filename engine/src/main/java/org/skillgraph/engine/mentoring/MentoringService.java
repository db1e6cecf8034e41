package org.skillgraph.engine.mentoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.coach.CoachingService;
import org.skillgraph.engine.coach.CohortAssignment;
import org.skillgraph.engine.coach.CoveredSkill;
import org.skillgraph.engine.error.ConflictException;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.ids.TimeOrderedIds;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.PendingChanges;
import org.skillgraph.engine.paging.Cursor;
import org.skillgraph.engine.paging.Page;

/**
 * The consent half of the mentoring programme: a learner (or a coordinator for them) asks a coach from the ranked
 * suggestions, a coordinator sends a cohort assignment as proposals, and the named coach accepts or declines. A
 * pending request holds a place of the coach until it is decided or expires; everything is re-checked on acceptance
 * in the same transaction that starts the pair.
 */
public final class MentoringService {

    /** How far down the ranked suggestions a requested coach may stand. */
    public static final int MAX_SUGGESTIONS = 50;

    private final GraphClient graph;
    private final CoachingService coaching;
    private final QualificationCheck qualification;
    private final MentoringSettings settings;
    private final Clock clock;
    private final TimeOrderedIds ids;
    private final RequestHandles handles;

    public MentoringService(
            GraphClient graph, CoachingService coaching, LevelRules rules, MentoringSettings settings, Clock clock) {
        this.graph = graph;
        this.coaching = coaching;
        this.qualification = new QualificationCheck(coaching.settings(), rules);
        this.settings = settings;
        this.clock = clock;
        this.ids = TimeOrderedIds.of("mtr-", clock);
        this.handles = new RequestHandles(graph, clock);
    }

    public MentoringSettings settings() {
        return settings;
    }

    /** The handles a learner's own coach ranking carries in place of the coaches' ids. */
    public RequestHandles handles() {
        return handles;
    }

    /**
     * A learner requests the coach of a suggestion by its handle, without knowing the coach's id: the request is
     * about the suggestion's skills and is checked exactly as {@link #request} checks one by id.
     *
     * @throws InvalidRequestException the handle is not one this server made, was altered or expired
     * @throws NotFoundException the handle was made for another learner
     */
    public Mentorship requestByHandle(String learnerId, String handle, String message, boolean byLearner) {
        var suggestion = handles.redeem(learnerId, handle);
        return request(learnerId, suggestion.coachId(), suggestion.skills(), message, byLearner);
    }

    /**
     * Asks {@code coachId} to coach {@code learnerId} in {@code skills} (the gap skills the coach covers when empty).
     *
     * @param byLearner the learner asks for themselves: explicit skills must then lie in their own gap
     * @throws ConflictException {@code coach-not-suggested} when the coach is not among the ranked suggestions, or
     *     any conflict of {@link Places}
     */
    public Mentorship request(
            String learnerId, String coachId, List<String> skills, String message, boolean byLearner) {
        if (coachId.equals(learnerId)) {
            throw InvalidRequestException.of("/coachId", "a person cannot coach themselves");
        }
        var asked = new LinkedHashMap<String, Integer>();
        skills.forEach(s -> asked.put(s, 0));
        var ranked = coaching.coachesFor(learnerId, null, asked, MAX_SUGGESTIONS, byLearner);
        var candidate = ranked.candidates().stream()
                .filter(c -> c.coach().id().equals(coachId))
                .findFirst();
        var now = clock.instant();
        if (candidate.isEmpty()) {
            // The precise reason when there is one (no place, no consent, the learner's limit), else "not suggested".
            graph.write(tx -> {
                Places.lockAndCheck(
                        tx, coachId, learnerId, null, now, coaching.settings().maxCoachesPerLearner());
                return null;
            });
            throw new ConflictException(
                    "coach-not-suggested",
                    "Coach " + coachId + " is not among the " + MAX_SUGGESTIONS + " best suggestions for "
                            + learnerId + "'s gap (they may hold none of the gap skills at the level needed, have"
                            + " evidence too old or too weak, or be in the learner's management line)");
        }
        var covered =
                candidate.get().skills().stream().map(CoveredSkill::skillId).toList();
        var id = ids.next();
        var row = request(id, coachId, learnerId, covered, "request", byLearner ? "learner" : "coordinator", message);
        graph.write(tx -> {
            Places.lockAndCheck(
                    tx, coachId, learnerId, null, now, coaching.settings().maxCoachesPerLearner());
            create(tx, List.of(row), now);
            return null;
        });
        return find(id);
    }

    /**
     * Plans a cohort's coaches as {@link CoachingService#assignCohort} does and sends every pair as a request to its
     * coach, in one transaction: all or none.
     */
    public Proposals proposeCohort(String cohortId, String roleId) {
        var plan = coaching.assignCohort(cohortId, roleId, false);
        var now = clock.instant();
        var rows = new ArrayList<Map<String, Object>>();
        for (var pair : plan.assignments()) {
            var skills = pair.skills().stream().map(CoveredSkill::skillId).toList();
            rows.add(request(ids.next(), pair.coach().id(), pair.learnerId(), skills, "proposal", "coordinator", null));
        }
        graph.write(tx -> {
            for (var row : rows) {
                Places.lockAndCheck(
                        tx,
                        (String) row.get("coach"),
                        (String) row.get("learner"),
                        null,
                        now,
                        coaching.settings().maxCoachesPerLearner());
                create(tx, List.of(row), now);
            }
            return null;
        });
        return new Proposals(plan, rows.stream().map(r -> (String) r.get("id")).toList(), expiry(now));
    }

    /** A cohort assignment sent as requests, with the ids of the requests in the order of the assignments. */
    public record Proposals(CohortAssignment assignment, List<String> requestIds, Instant expiresAt) {
        public Proposals {
            requestIds = List.copyOf(requestIds);
        }
    }

    /**
     * The named coach accepts: the pair starts today.
     *
     * @throws NotFoundException the request does not exist or names another coach
     * @throws ConflictException {@code request-not-pending}, {@code request-expired}, {@code coach-not-qualified}
     *     (with the reason per skill), or any conflict of {@link Places}
     */
    public Mentorship accept(String coachId, String id) {
        var now = clock.instant();
        var today = LocalDate.now(clock);
        graph.write(tx -> {
            var pending = pending(tx, coachId, id, now);
            Places.lockAndCheck(
                    tx,
                    coachId,
                    pending.learnerId(),
                    id,
                    now,
                    coaching.settings().maxCoachesPerLearner());
            var holds = tx.run(
                            CypherResources.statement("mentoring/coach-holds"),
                            Map.of("coach", coachId, "skills", pending.skills()))
                    .list(QualificationCheck.Held::of);
            qualification.require(coachId, pending.skills(), holds, today);
            update(tx, id, Map.of("state", Mentorship.ACTIVE, "decidedAt", utc(now), "startedOn", today));
            // The coach index and learner caches of every node follow places and pairs through the change feed.
            PendingChanges.people(List.of(coachId, pending.learnerId()));
            var pair = Map.<String, Object>of(
                    "coach", coachId, "learner", pending.learnerId(), "skills", pending.skills());
            tx.run(CypherResources.statement("write/coaching-create"), Map.of("pairs", List.of(pair), "since", today))
                    .consume();
            return null;
        });
        return find(id);
    }

    /** The named coach declines, with an optional reason; the place it held is free again. */
    public Mentorship decline(String coachId, String id, String reason) {
        var now = clock.instant();
        graph.write(tx -> {
            var declined = pending(tx, coachId, id, now);
            PendingChanges.people(List.of(coachId, declined.learnerId()));
            var changes = new HashMap<String, Object>();
            changes.put("state", Mentorship.DECLINED);
            changes.put("decidedAt", utc(now));
            changes.put("reason", reason);
            update(tx, id, changes);
            return null;
        });
        return find(id);
    }

    /**
     * The learner (or a coordinator for them) takes back a pending request: it reads as {@code withdrawn} and the
     * place it held is free again. The coach does not withdraw; they decline.
     *
     * @throws NotFoundException the request does not exist or {@code learnerId} is not its learner
     * @throws ConflictException {@code request-not-pending} or {@code request-expired}
     */
    public Mentorship withdraw(String learnerId, String id, String reason) {
        var now = clock.instant();
        graph.write(tx -> {
            var rows = tx.run(CypherResources.statement("mentoring/lock"), Map.of("id", id))
                    .list();
            if (rows.isEmpty() || !rows.get(0).get("learnerId").asString().equals(learnerId)) {
                throw new NotFoundException("coaching request", id);
            }
            requirePending(rows.get(0), now);
            // The place it held frees up: other nodes' coach indexes re-read both people.
            PendingChanges.people(List.of(rows.get(0).get("coachId").asString(), learnerId));
            var changes = new HashMap<String, Object>();
            changes.put("state", Mentorship.WITHDRAWN);
            changes.put("decidedAt", utc(now));
            changes.put("reason", reason);
            update(tx, id, changes);
            return null;
        });
        return find(id);
    }

    /**
     * Ends an active pair as {@code completed} or {@code ended}, by either side or a coordinator; it stays as history.
     *
     * @throws NotFoundException {@code personId} is no side of it
     * @throws ConflictException {@code pair-not-active}
     */
    public Mentorship close(String personId, String id, boolean completed, String reason) {
        var today = LocalDate.now(clock);
        var current = get(personId, id);
        graph.write(tx -> {
            var lock = tx.run(CypherResources.statement("mentoring/lock"), Map.of("id", id))
                    .single();
            if (!Mentorship.ACTIVE.equals(lock.get("state").asString())) {
                throw new ConflictException(
                        "pair-not-active", "The pair is " + current.state() + ", not active; nothing was written");
            }
            var changes = new HashMap<String, Object>();
            PendingChanges.people(
                    List.of(current.coach().id(), current.learner().id()));
            changes.put("state", completed ? Mentorship.COMPLETED : Mentorship.ENDED);
            changes.put("endedOn", today);
            changes.put("reason", reason);
            update(tx, id, changes);
            tx.run(
                            CypherResources.statement("write/coaching-end"),
                            Map.of(
                                    "coach",
                                    current.coach().id(),
                                    "learner",
                                    current.learner().id(),
                                    "endedAt",
                                    today))
                    .consume();
            return null;
        });
        return find(id);
    }

    /** One request or pair, seen by one of its sides. @throws NotFoundException when they are no side of it */
    public Mentorship get(String personId, String id) {
        var found = find(id);
        if (!found.involves(personId)) {
            throw new NotFoundException("coaching request", id);
        }
        return found;
    }

    /**
     * A page of a person's requests and pairs, both ways, newest first.
     *
     * @param cursor {@code null} for the first page, else the {@code nextCursor} of the previous one
     * @throws NotFoundException unknown person
     * @throws InvalidRequestException a cursor this service did not issue
     */
    public Page<Mentorship> of(String personId, int limit, String cursor) {
        int offset = Cursor.offsetOf(cursor);
        var now = clock.instant();
        boolean exists = graph.readSingle(
                CypherResources.statement("read/person-exists"),
                Map.of("id", personId),
                r -> r.get("found").asBoolean());
        if (!exists) {
            throw new NotFoundException("person", personId);
        }
        var rows = graph.readRows(
                CypherResources.statement("mentoring/of-person"),
                Map.of("id", personId, "skip", offset, "limit", limit + 1),
                r -> MentoringRows.mentorship(r, now));
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        return new Page<>(rows.subList(0, limit), Cursor.atOffset(offset + limit));
    }

    Mentorship find(String id) {
        var now = clock.instant();
        return graph.readOptional(
                        CypherResources.statement("mentoring/get"),
                        Map.of("id", id),
                        r -> MentoringRows.mentorship(r, now))
                .orElseThrow(() -> new NotFoundException("coaching request", id));
    }

    private record Pending(String learnerId, List<String> skills) {}

    /** Locks the request; it must name {@code coachId} and still be pending. */
    private static Pending pending(TransactionContext tx, String coachId, String id, Instant now) {
        var rows = tx.run(CypherResources.statement("mentoring/lock"), Map.of("id", id))
                .list();
        if (rows.isEmpty() || !rows.get(0).get("coachId").asString().equals(coachId)) {
            // To anyone but the named coach, the request does not exist.
            throw new NotFoundException("coaching request", id);
        }
        var r = rows.get(0);
        requirePending(r, now);
        return new Pending(r.get("learnerId").asString(), org.skillgraph.engine.neo4j.Rows.strings(r.get("skills")));
    }

    private static void requirePending(org.neo4j.driver.Record r, Instant now) {
        var state = r.get("state").asString();
        if (!Mentorship.PROPOSED.equals(state)) {
            throw new ConflictException("request-not-pending", "The request is " + state + "; nothing was written");
        }
        var expiresAt = MentoringRows.instant(r.get("expiresAt"));
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new ConflictException(
                    "request-expired", "The request expired at " + expiresAt + "; nothing was written");
        }
    }

    private static Map<String, Object> request(
            String id,
            String coach,
            String learner,
            List<String> skills,
            String origin,
            String requestedBy,
            String message) {
        var row = new HashMap<String, Object>();
        row.put("id", id);
        row.put("coach", coach);
        row.put("learner", learner);
        row.put("skills", skills);
        row.put("origin", origin);
        row.put("requestedBy", requestedBy);
        row.put("message", message);
        return row;
    }

    private void create(TransactionContext tx, List<Map<String, Object>> rows, Instant now) {
        rows.forEach(r -> PendingChanges.people(List.of((String) r.get("coach"), (String) r.get("learner"))));
        long created = tx.run(
                        CypherResources.statement("mentoring/create"),
                        Map.of("requests", rows, "requestedAt", utc(now), "expiresAt", utc(expiry(now))))
                .single()
                .get("created")
                .asLong();
        if (created != rows.size()) {
            throw new ConflictException("assignment-stale", "Some people no longer exist; nothing was written");
        }
    }

    private Instant expiry(Instant now) {
        return now.plus(settings.requestExpiry());
    }

    private static void update(TransactionContext tx, String id, Map<String, Object> changes) {
        tx.run(CypherResources.statement("mentoring/update"), Map.of("id", id, "changes", changes))
                .consume();
    }

    private static java.time.ZonedDateTime utc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC);
    }
}
