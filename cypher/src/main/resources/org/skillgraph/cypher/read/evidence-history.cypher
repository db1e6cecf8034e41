// The whole evidence history and the current HOLDS of people in skills, to derive their current levels.
// Parameters: $pairs [{person, skill}]. One row per existing pair: person, skill, holds (map or null), history [map]
// (retracted evidence left out), retracted [map] (so a holding it decided is not taken as evidence of its own).
UNWIND $pairs AS pair
MATCH (p:Person {id: pair.person})
MATCH (s:Skill {id: pair.skill})
OPTIONAL MATCH (p)-[h:HOLDS]->(s)
RETURN p.id AS person, s.id AS skill,
       CASE WHEN h IS NULL THEN null ELSE {level: h.level, source: h.source, at: h.at, confidence: h.confidence} END AS holds,
       COLLECT {
         MATCH (p)-[:HAS_EVIDENCE]->(e:Evidence)-[:FOR]->(s)
         WHERE e.retractedAt IS NULL
         RETURN e {.source, .level, .at, .score, .confidence, .expiresAt} AS evidence
         ORDER BY e.at, e.recordedAt
       } AS history,
       COLLECT {
         MATCH (p)-[:HAS_EVIDENCE]->(e:Evidence)-[:FOR]->(s)
         WHERE e.retractedAt IS NOT NULL
         RETURN e {.source, .level, .at} AS evidence
       } AS retracted
