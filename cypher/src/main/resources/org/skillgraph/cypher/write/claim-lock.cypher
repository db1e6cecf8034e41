// Takes the write lock of one claim and reads it, so two decisions on it run one after the other and the second
// sees the first. Parameters: $id. Zero rows when no such claim, else one: claim (map).
MATCH (p:Person)-[:CLAIMS]->(c:Claim {id: $id})-[:FOR]->(s:Skill)
SET c._lock = true
REMOVE c._lock
RETURN c {.*, personId: p.id, skillId: s.id, skillName: s.name} AS claim
