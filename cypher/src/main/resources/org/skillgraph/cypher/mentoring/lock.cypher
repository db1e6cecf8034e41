// Takes the write lock of one coaching request and reads its state and people, so two decisions on it queue.
// Parameters: $id. Zero or one row: state, expiresAt, coachId, learnerId, skills.
MATCH (c:Person)<-[:COACH]-(m:Mentorship {id: $id})-[:LEARNER]->(l:Person)
SET m._lock = true
REMOVE m._lock
RETURN m.state AS state, m.expiresAt AS expiresAt, c.id AS coachId, l.id AS learnerId, coalesce(m.skills, []) AS skills
