// Starts coaching pairs (coach → learner) as of $since; ended pairs are kept, so this always creates.
// Parameters: $pairs [{coach, learner, skills}], $since (date). One row: created.
UNWIND $pairs AS pair
MATCH (c:Person {id: pair.coach})
MATCH (l:Person {id: pair.learner})
CREATE (c)-[r:COACHES {since: $since, skills: pair.skills}]->(l)
SET l.factsVersion = coalesce(l.factsVersion, 0) + 1
RETURN count(r) AS created
