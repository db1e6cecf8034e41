// Which of the given coach → learner pairs are already active (not ended). Parameters: $pairs [{coach, learner}].
// Zero or more rows: coach, learner, since, skills.
UNWIND $pairs AS pair
MATCH (c:Person {id: pair.coach})-[r:COACHES]->(l:Person {id: pair.learner})
WHERE r.endedAt IS NULL
RETURN c.id AS coach, l.id AS learner, r.since AS since, coalesce(r.skills, []) AS skills
