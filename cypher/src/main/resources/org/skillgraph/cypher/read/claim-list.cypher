// A person's claims, newest first, one page. Parameters: $person, $status (or null for all), $skip, $limit.
// One row per claim: claim (map).
MATCH (p:Person {id: $person})-[:CLAIMS]->(c:Claim)-[:FOR]->(s:Skill)
WHERE $status IS NULL OR c.status = $status
RETURN c {.*, personId: p.id, skillId: s.id, skillName: s.name} AS claim
ORDER BY c.submittedAt DESC, c.id DESC
SKIP $skip LIMIT $limit
