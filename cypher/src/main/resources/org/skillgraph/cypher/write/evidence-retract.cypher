// Marks one piece of a person's evidence retracted: kept as history, no longer counted by the level rules.
// Parameters: $person, $id, $at (datetime), $by (who retracted it), $reason. One row per evidence marked (0 or 1).
MATCH (p:Person {id: $person})-[:HAS_EVIDENCE]->(e:Evidence {id: $id})
SET e.retractedAt = $at, e.retractedBy = $by, e.retractReason = $reason, p.factsVersion = coalesce(p.factsVersion, 0) + 1
RETURN e.id AS id
