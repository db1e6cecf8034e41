// Coaching consent, capacity and active pairs of each coach, read after write/coach-lock in the same transaction.
// Parameters: $coaches [person id], $now (date-time). One row per id: id, found, optIn, capacity, active (pairs), reserved
// (coaching requests still pending at $now, which hold a place until decided or expired).
UNWIND $coaches AS id
OPTIONAL MATCH (c:Person {id: id})
RETURN id, c IS NOT NULL AS found, coalesce(c.coachingOptIn, false) AS optIn,
       coalesce(c.coachingCapacity, 0) AS capacity,
       CASE WHEN c IS NULL THEN 0 ELSE COUNT { (c)-[r:COACHES]->() WHERE r.endedAt IS NULL } END AS active,
       CASE WHEN c IS NULL THEN 0
            ELSE COUNT { (c)<-[:COACH]-(m:Mentorship {state: 'proposed'}) WHERE m.expiresAt > $now } END AS reserved
