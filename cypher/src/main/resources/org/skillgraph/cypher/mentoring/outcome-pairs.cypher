// Every coaching pair that ran (active, completed or ended) with its dates, coach, learner and goals, for the outcome
// metrics. No parameters. Zero or more rows: id, state, coachId, learnerId, startedOn, endedOn, goals [{skillId,
// targetLevel, createdOn}].
MATCH (c:Person)<-[:COACH]-(m:Mentorship)-[:LEARNER]->(l:Person)
WHERE m.state IN ['active', 'completed', 'ended'] AND m.startedOn IS NOT NULL
RETURN m.id AS id, m.state AS state, c.id AS coachId, l.id AS learnerId, m.startedOn AS startedOn, m.endedOn AS endedOn,
       [(m)-[:HAS_GOAL]->(g:MentoringGoal) | {skillId: g.skillId, targetLevel: g.targetLevel, createdOn: g.createdOn}]
         AS goals
ORDER BY m.id
