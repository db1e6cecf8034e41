// Puts skills that belong to no framework yet into 'local'; skills already in one stay there.
// Parameters: $rows ([{id}]). Writes one IN_FRAMEWORK per such skill.
UNWIND $rows AS row
MATCH (s:Skill {id: row.id})
WHERE NOT (s)-[:IN_FRAMEWORK]->()
MATCH (f:Framework {id: 'local'})
MERGE (s)-[:IN_FRAMEWORK]->(f)
