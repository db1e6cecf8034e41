// The demo organisation's mentoring history: requests that became pairs, with goals and check-ins. A pair whose id
// exists already is left as it is, so loading the demo twice writes it once. Parameters: $pairs [{id, coach, learner,
// state, skills, requestedAt, expiresAt, decidedAt, startedOn, endedOn, reason, goals [properties], checkIns
// [properties]}]. One row: created.
UNWIND $pairs AS p
MATCH (c:Person {id: p.coach})
MATCH (l:Person {id: p.learner})
WITH p, c, l
WHERE NOT EXISTS { (:Mentorship {id: p.id}) }
CREATE (m:Mentorship {id: p.id, state: p.state, skills: p.skills, origin: 'request', requestedBy: 'learner',
                      requestedAt: p.requestedAt, expiresAt: p.expiresAt, decidedAt: p.decidedAt,
                      startedOn: p.startedOn, endedOn: p.endedOn, reason: p.reason})
CREATE (m)-[:COACH]->(c), (m)-[:LEARNER]->(l)
FOREACH (g IN p.goals | CREATE (m)-[:HAS_GOAL]->(x:MentoringGoal) SET x = g)
FOREACH (k IN p.checkIns | CREATE (m)-[:HAS_CHECK_IN]->(x:CheckIn) SET x = k)
RETURN count(m) AS created
