// Bundle import: merges evidence by its id (derived from person, skill, source, level and day, so a re-import
// creates nothing) and links it to its person and skill. Parameters: $rows [{id, person, skill, properties}].
UNWIND $rows AS row
MATCH (p:Person {id: row.person})
MATCH (s:Skill {id: row.skill})
MERGE (e:Evidence {id: row.id})
ON CREATE SET e += row.properties, e.recordedAt = datetime()
MERGE (p)-[:HAS_EVIDENCE]->(e)
SET p.factsVersion = coalesce(p.factsVersion, 0) + 1
MERGE (e)-[:FOR]->(s)
RETURN count(e) AS merged
