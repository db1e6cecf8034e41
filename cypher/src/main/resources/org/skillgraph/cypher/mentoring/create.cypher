// Creates pending coaching requests (state 'proposed'), each linked to its coach and learner. Parameters: $requests
// [{id, coach, learner, skills, origin, requestedBy, message}], $requestedAt, $expiresAt (date-times). One row: created.
UNWIND $requests AS q
MATCH (c:Person {id: q.coach})
MATCH (l:Person {id: q.learner})
CREATE (m:Mentorship {id: q.id, state: 'proposed', skills: q.skills, origin: q.origin, requestedBy: q.requestedBy,
                      message: q.message, requestedAt: $requestedAt, expiresAt: $expiresAt})
CREATE (m)-[:COACH]->(c), (m)-[:LEARNER]->(l)
RETURN count(m) AS created
