// What a coaching request or its acceptance must check, read after write/coach-lock on both people in the same
// transaction. Parameters: $coach, $learner, $now (date-time), $except (a request id not to count, or null). One row:
// coachFound, learnerFound, optIn, capacity, active (pairs the coach runs), reserved (the coach's requests pending at
// $now), learnerTaken (the learner's active coaches plus pending requests), pending (a request of this pair already
// pending), paired (this pair already active).
OPTIONAL MATCH (c:Person {id: $coach})
OPTIONAL MATCH (l:Person {id: $learner})
RETURN c IS NOT NULL AS coachFound, l IS NOT NULL AS learnerFound,
       coalesce(c.coachingOptIn, false) AS optIn, coalesce(c.coachingCapacity, 0) AS capacity,
       CASE WHEN c IS NULL THEN 0 ELSE COUNT { (c)-[r:COACHES]->() WHERE r.endedAt IS NULL } END AS active,
       CASE WHEN c IS NULL THEN 0 ELSE COUNT { (c)<-[:COACH]-(m:Mentorship {state: 'proposed'})
                                              WHERE m.expiresAt > $now AND m.id <> coalesce($except, '') } END AS reserved,
       CASE WHEN l IS NULL THEN 0 ELSE COUNT { ()-[r:COACHES]->(l) WHERE r.endedAt IS NULL }
            + COUNT { (l)<-[:LEARNER]-(m:Mentorship {state: 'proposed'})
                      WHERE m.expiresAt > $now AND m.id <> coalesce($except, '') } END AS learnerTaken,
       CASE WHEN c IS NULL OR l IS NULL THEN false
            ELSE EXISTS { (c)<-[:COACH]-(m:Mentorship {state: 'proposed'})-[:LEARNER]->(l)
                          WHERE m.expiresAt > $now AND m.id <> coalesce($except, '') } END AS pending,
       CASE WHEN c IS NULL OR l IS NULL THEN false
            ELSE EXISTS { (c)-[r:COACHES]->(l) WHERE r.endedAt IS NULL } END AS paired
