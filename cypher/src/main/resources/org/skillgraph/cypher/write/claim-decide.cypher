// Records the decision on a pending claim. Parameters: $id, $status ('accepted' or 'rejected'), $at (datetime),
// $by (reviewer), $level (granted, or null), $reason, $evidenceId (or null). Zero rows when it was not pending.
MATCH (p:Person)-[:CLAIMS]->(c:Claim {id: $id})-[:FOR]->(s:Skill)
WHERE c.status = 'pending'
SET c.status = $status, c.decidedAt = $at, c.decidedBy = $by, c.grantedLevel = $level, c.reason = $reason,
    c.evidenceId = $evidenceId
RETURN c {.*, personId: p.id, skillId: s.id, skillName: s.name} AS claim
