// Ends the active coaching pair coach → learner as of $endedAt; the relationship stays as history.
// Parameters: $coach, $learner, $endedAt (date). Zero rows when no pair is active, else one: since, skills.
MATCH (c:Person {id: $coach})-[r:COACHES]->(l:Person {id: $learner})
WHERE r.endedAt IS NULL
SET r.endedAt = $endedAt, l.factsVersion = coalesce(l.factsVersion, 0) + 1
RETURN r.since AS since, coalesce(r.skills, []) AS skills
