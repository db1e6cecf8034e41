// Adds a goal to a coaching pair. Parameters: $mentorship, $goal {id, skillId, startLevel, targetLevel, targetDate,
// createdOn}. One row: id.
MATCH (m:Mentorship {id: $mentorship})
CREATE (m)-[:HAS_GOAL]->(g:MentoringGoal)
SET g = $goal
RETURN g.id AS id
