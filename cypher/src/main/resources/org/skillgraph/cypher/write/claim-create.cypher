// Creates one pending claim of a person about a skill. Parameters: $person, $skill, $claim {id, kind, level, note,
// link, submittedAt}. Zero rows when the person or the skill is unknown, else one: id.
MATCH (p:Person {id: $person})
MATCH (s:Skill {id: $skill})
CREATE (p)-[:CLAIMS]->(c:Claim {id: $claim.id, kind: $claim.kind, level: $claim.level, status: 'pending',
                                submittedAt: $claim.submittedAt})-[:FOR]->(s)
SET c.note = $claim.note, c.link = $claim.link
RETURN c.id AS id
