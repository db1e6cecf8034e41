// One coaching request or pair with its goals (oldest first). Parameters: $id. Zero or one row: m (properties),
// coachId, coachName, learnerId, learnerName, goals [properties].
MATCH (c:Person)<-[:COACH]-(m:Mentorship {id: $id})-[:LEARNER]->(l:Person)
RETURN properties(m) AS m, c.id AS coachId, c.name AS coachName, l.id AS learnerId, l.name AS learnerName,
       COLLECT { MATCH (m)-[:HAS_GOAL]->(g:MentoringGoal) RETURN properties(g) AS g ORDER BY g.createdOn, g.id } AS goals
