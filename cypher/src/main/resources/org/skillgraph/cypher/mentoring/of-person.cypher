// A page of a person's coaching requests and pairs in both directions, newest first, with their goals. Parameters:
// $id, $skip (rows of earlier pages), $limit.
// Zero or more rows: m, coachId, coachName, learnerId, learnerName, goals (as mentoring/get).
MATCH (p:Person {id: $id})<-[:COACH|LEARNER]-(m:Mentorship)
MATCH (c:Person)<-[:COACH]-(m)-[:LEARNER]->(l:Person)
RETURN properties(m) AS m, c.id AS coachId, c.name AS coachName, l.id AS learnerId, l.name AS learnerName,
       COLLECT { MATCH (m)-[:HAS_GOAL]->(g:MentoringGoal) RETURN properties(g) AS g ORDER BY g.createdOn, g.id } AS goals
ORDER BY m.requestedAt DESC, m.id DESC
SKIP $skip LIMIT $limit
