// Writes derived current levels (the deciding evidence's level, source and day).
// Parameters: $rows [{person, skill, level, source, at, confidence}]. One row: written.
UNWIND $rows AS row
MATCH (p:Person {id: row.person})
MATCH (s:Skill {id: row.skill})
MERGE (p)-[h:HOLDS]->(s)
SET h.level = row.level, h.source = row.source, h.at = row.at, h.confidence = row.confidence, p.factsVersion = coalesce(p.factsVersion, 0) + 1
RETURN count(h) AS written
