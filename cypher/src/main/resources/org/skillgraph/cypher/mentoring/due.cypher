// Active coaching pairs with their last check-in and their goals, for the coordinators' list of what is due.
// No parameters. Zero or more rows: id, coachId, coachName, learnerId, learnerName, startedOn, checkIns (dates), goals.
MATCH (c:Person)<-[:COACH]-(m:Mentorship {state: 'active'})-[:LEARNER]->(l:Person)
RETURN m.id AS id, c.id AS coachId, c.name AS coachName, l.id AS learnerId, l.name AS learnerName,
       m.startedOn AS startedOn,
       [(m)-[:HAS_CHECK_IN]->(k:CheckIn) | k.on] AS checkIns,
       [(m)-[:HAS_GOAL]->(g:MentoringGoal) | properties(g)] AS goals
ORDER BY m.id
