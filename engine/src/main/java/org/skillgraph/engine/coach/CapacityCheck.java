package org.skillgraph.engine.coach;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.TransactionContext;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.error.ConflictException;
import org.skillgraph.engine.neo4j.Rows;

/**
 * The in-transaction guard of every coaching write: locks the coach nodes (in id order, so concurrent
 * writers queue instead of deadlocking), then reads consent, capacity and active pairs, which no other
 * transaction can change until this one ends.
 */
final class CapacityCheck {

    private CapacityCheck() {}

    /**
     * @throws ConflictException {@code coach-not-opted-in}, {@code coach-capacity} or {@code pair-exists}, with
     *     the offenders in its details
     */
    static void lockAndCheck(TransactionContext tx, List<PlannedPair> pairs, java.time.Instant now) {
        var requested = new TreeMap<String, Integer>();
        pairs.forEach(p -> requested.merge(p.coachId(), 1, Integer::sum));
        var coaches = List.copyOf(requested.keySet());
        tx.run(CypherResources.statement("write/coach-lock"), Map.of("coaches", coaches))
                .consume();
        var notOptedIn = new ArrayList<String>();
        var full = new ArrayList<Map<String, Object>>();
        tx.run(
                        CypherResources.statement("read/coach-state"),
                        Map.of("coaches", coaches, "now", now.atZone(java.time.ZoneOffset.UTC)))
                .forEachRemaining(r -> {
                    var id = r.get("id").asString();
                    if (!r.get("found").asBoolean()) {
                        throw new ConflictException(
                                "assignment-stale", "Coach " + id + " no longer exists; nothing was written");
                    }
                    int capacity = Rows.integer(r.get("capacity"), 0);
                    // A pending coaching request holds its place as a pair does.
                    int active = Rows.integer(r.get("active"), 0) + Rows.integer(r.get("reserved"), 0);
                    if (!r.get("optIn").asBoolean()) {
                        notOptedIn.add(id);
                    } else if (active + requested.get(id) > capacity) {
                        var offender = new LinkedHashMap<String, Object>();
                        offender.put("coachId", id);
                        offender.put("capacity", capacity);
                        offender.put("active", active);
                        offender.put("requested", requested.get(id));
                        full.add(offender);
                    }
                });
        if (!notOptedIn.isEmpty()) {
            throw new ConflictException(
                    "coach-not-opted-in",
                    "Not opted in to coaching: " + String.join(", ", notOptedIn) + "; nothing was written",
                    Map.of("coaches", notOptedIn));
        }
        if (!full.isEmpty()) {
            throw new ConflictException(
                    "coach-capacity",
                    "No free coaching place left for " + full.size() + " coach(es); nothing was written",
                    Map.of("coaches", full));
        }
        var existing = tx.run(
                        CypherResources.statement("read/active-pairs"),
                        Map.of(
                                "pairs",
                                pairs.stream()
                                        .map(p ->
                                                Map.<String, Object>of("coach", p.coachId(), "learner", p.learnerId()))
                                        .toList()))
                .list(r -> Map.<String, Object>of(
                        "coachId",
                        r.get("coach").asString(),
                        "learnerId",
                        r.get("learner").asString()));
        if (!existing.isEmpty()) {
            throw new ConflictException(
                    "pair-exists",
                    "The coaching pair is already active; nothing was written",
                    Map.of("pairs", existing));
        }
    }
}
