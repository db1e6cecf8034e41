package org.skillgraph.engine.mentoring;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.error.ConflictException;
import org.skillgraph.engine.error.NotFoundException;

/**
 * The in-transaction guard of a coaching request and its acceptance: locks coach and learner (in id order, as the
 * coaching pairs do, so the two kinds of write queue behind each other), then checks consent, the coach's free places
 * (pairs and pending requests), the learner's limit of coaches and duplicates. A failed check throws and nothing is
 * written.
 */
final class Places {

    private Places() {}

    /**
     * @param except a request not to count (the one being accepted), or {@code null}
     * @throws ConflictException {@code coach-not-opted-in}, {@code coach-capacity}, {@code learner-coach-limit},
     *     {@code request-exists} or {@code pair-exists}
     */
    static void lockAndCheck(
            TransactionContext tx, String coachId, String learnerId, String except, Instant now, int maxPerLearner) {
        tx.run(
                        CypherResources.statement("write/coach-lock"),
                        Map.of(
                                "coaches",
                                List.of(coachId, learnerId).stream().sorted().toList()))
                .consume();
        var params = new HashMap<String, Object>();
        params.put("coach", coachId);
        params.put("learner", learnerId);
        params.put("now", now.atZone(ZoneOffset.UTC));
        params.put("except", except);
        var r = tx.run(CypherResources.statement("mentoring/places"), params).single();
        if (!r.get("coachFound").asBoolean()) {
            throw new NotFoundException("person", coachId);
        }
        if (!r.get("learnerFound").asBoolean()) {
            throw new NotFoundException("person", learnerId);
        }
        if (!r.get("optIn").asBoolean()) {
            throw new ConflictException(
                    "coach-not-opted-in", "Not opted in to coaching: " + coachId + "; nothing was written");
        }
        int capacity = r.get("capacity").asInt();
        int taken = r.get("active").asInt() + r.get("reserved").asInt();
        if (taken >= capacity) {
            throw new ConflictException(
                    "coach-capacity",
                    "No free coaching place left for " + coachId + " (" + taken + " of " + capacity
                            + " taken by pairs and pending requests); nothing was written",
                    Map.of("coaches", List.of(Map.of("coachId", coachId, "capacity", capacity, "taken", taken))));
        }
        if (r.get("paired").asBoolean()) {
            throw new ConflictException("pair-exists", "The coaching pair is already active; nothing was written");
        }
        if (r.get("pending").asBoolean()) {
            throw new ConflictException(
                    "request-exists", "A request of this pair is already pending; nothing was written");
        }
        int learnerTaken = r.get("learnerTaken").asInt();
        if (learnerTaken >= maxPerLearner) {
            throw new ConflictException(
                    "learner-coach-limit",
                    "Learner " + learnerId + " already has " + learnerTaken + " coach(es) or pending requests, the most"
                            + " allowed is " + maxPerLearner + "; nothing was written",
                    Map.of("learnerId", learnerId, "taken", learnerTaken, "max", maxPerLearner));
        }
    }
}
