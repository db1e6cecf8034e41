// Whether a person already has a pending claim about a skill. Parameters: $person, $skill. One row: pending (id or null).
OPTIONAL MATCH (:Person {id: $person})-[:CLAIMS]->(c:Claim {status: 'pending'})-[:FOR]->(:Skill {id: $skill})
RETURN head(collect(c.id)) AS pending
