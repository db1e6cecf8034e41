// Everyone's claims for a designated reviewer, oldest first (the queue order). Parameters: $status (or null), $skip,
// $limit. One row per claim: claim (map).
MATCH (p:Person)-[:CLAIMS]->(c:Claim)-[:FOR]->(s:Skill)
WHERE $status IS NULL OR c.status = $status
RETURN c {.*, personId: p.id, skillId: s.id, skillName: s.name} AS claim
ORDER BY c.submittedAt, c.id
SKIP $skip LIMIT $limit
