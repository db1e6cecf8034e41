// The claims of the people below a reviewer in the reporting line, oldest first. Parameters: $reviewer (person id),
// $status (or null), $skip, $limit. One row per claim: claim (map).
MATCH (:Person {id: $reviewer})<-[:REPORTS_TO*1..32]-(p:Person)
WITH DISTINCT p
MATCH (p)-[:CLAIMS]->(c:Claim)-[:FOR]->(s:Skill)
WHERE $status IS NULL OR c.status = $status
RETURN c {.*, personId: p.id, skillId: s.id, skillName: s.name} AS claim
ORDER BY c.submittedAt, c.id
SKIP $skip LIMIT $limit
