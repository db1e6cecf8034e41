// Creates one Evidence node per row, linked to its person and skill; evidence is history and is never merged.
// Parameters: $rows [{id, person, skill, source, level, at, score, confidence, expiresAt, recordedAt, assessor?,
// claim?}]; assessor and claim (a reviewed claim's reviewer and id) are optional. One row: created.
UNWIND $rows AS row
MATCH (p:Person {id: row.person})
MATCH (s:Skill {id: row.skill})
CREATE (p)-[:HAS_EVIDENCE]->(e:Evidence {id: row.id, source: row.source, level: row.level, at: row.at,
                                          recordedAt: row.recordedAt})-[:FOR]->(s)
SET e.score = row.score, e.confidence = row.confidence, e.expiresAt = row.expiresAt, e.assessor = row.assessor,
    e.claim = row.claim, p.factsVersion = coalesce(p.factsVersion, 0) + 1
RETURN count(e) AS created
