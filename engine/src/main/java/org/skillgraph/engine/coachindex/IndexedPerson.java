package org.skillgraph.engine.coachindex;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the index keeps of one person, as a learner and as a coach.
 *
 * @param optIn whether they opted in to coaching
 * @param capacity coaching places ({@code coachingCapacity}, 0 when unset)
 * @param activePairs active pairs in which they coach
 * @param pendingUntil when each coaching request still pending for them as coach expires (each holds a place until
 *     then)
 * @param coachedBy their active coaches: coach id to the skills of the pair
 * @param requested the coaches they asked and who have not answered yet, with the skills and when each request
 *     expires: until then the coach counts against their limit and covers those skills, as an active coach does
 * @param holds the holdings that can make them a coach (empty unless opted in)
 * @param extras what the caller reads besides (coaching preferences)
 */
public record IndexedPerson<P>(
        String id,
        String name,
        String department,
        String location,
        String timezone,
        boolean optIn,
        int capacity,
        int activePairs,
        List<Instant> pendingUntil,
        Map<String, List<String>> coachedBy,
        List<Requested> requested,
        List<Holding> holds,
        P extras) {

    public IndexedPerson {
        pendingUntil = List.copyOf(pendingUntil);
        coachedBy = Map.copyOf(coachedBy);
        requested = List.copyOf(requested);
        holds = List.copyOf(holds);
    }

    /** Places taken at {@code now}: active pairs and requests pending then. */
    public int active(Instant now) {
        int pending = 0;
        for (var until : pendingUntil) {
            if (until.isAfter(now)) {
                pending++;
            }
        }
        return activePairs + pending;
    }

    /** A coaching request of theirs still pending: the coach asked, the skills, and when it expires. */
    public record Requested(String coach, List<String> skills, Instant until) {
        public Requested {
            skills = List.copyOf(skills);
        }
    }

    /** Their coaches at {@code now}: active pairs and requests pending then (as the pool query reads them). */
    public Map<String, List<String>> coachedBy(Instant now) {
        if (requested.isEmpty()) {
            return coachedBy;
        }
        var all = new java.util.HashMap<>(coachedBy);
        for (var r : requested) {
            if (r.until().isAfter(now)) {
                all.put(r.coach(), r.skills());
            }
        }
        return all;
    }
}
