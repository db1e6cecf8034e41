// The whole evidence history and the current HOLDS of one person in some skills, to derive the current level.
// Parameters: $person, $skills [skill id]. One row per skill: skill, holds (map or null), history [map].
UNWIND $skills AS sid
MATCH (s:Skill {id: sid})
OPTIONAL MATCH (:Person {id: $person})-[h:HOLDS]->(s)
RETURN s.id AS skill,
       CASE WHEN h IS NULL THEN null ELSE {level: h.level, source: h.source, at: h.at, confidence: h.confidence} END AS holds,
       COLLECT {
         MATCH (:Person {id: $person})-[:HAS_EVIDENCE]->(e:Evidence)-[:FOR]->(s)
         RETURN e {.source, .level, .at, .score, .confidence, .expiresAt} AS evidence
         ORDER BY e.at, e.recordedAt
       } AS history
