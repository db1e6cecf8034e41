// One claim with its person and skill. Parameters: $id. Zero rows when no such claim, else one: claim (map).
MATCH (p:Person)-[:CLAIMS]->(c:Claim {id: $id})-[:FOR]->(s:Skill)
RETURN c {.*, personId: p.id, skillId: s.id, skillName: s.name} AS claim
