// A pair's check-ins and the learner's evidence on the pair's goal skills, for its timeline. Parameters: $id
// (mentorship). Zero or one row: checkIns [properties], evidence [{id, skill, level, source, at}].
MATCH (m:Mentorship {id: $id})-[:LEARNER]->(l:Person)
WITH m, l, [(m)-[:HAS_GOAL]->(g:MentoringGoal) | g.skillId] AS skills
RETURN [(m)-[:HAS_CHECK_IN]->(c:CheckIn) | properties(c)] AS checkIns,
       [(l)-[:HAS_EVIDENCE]->(e:Evidence)-[:FOR]->(s:Skill) WHERE s.id IN skills AND e.retractedAt IS NULL |
        {id: e.id, skill: s.id, level: e.level, source: e.source, at: e.at}] AS evidence
