// A skill written through the editing API that belongs to no framework yet goes to 'local'; others keep theirs.
// Parameters: $id. One row: added (0 or 1).
MATCH (s:Skill {id: $id})
WHERE NOT (s)-[:IN_FRAMEWORK]->()
MERGE (f:Framework {id: 'local'})
ON CREATE SET f.title = 'Local skills'
MERGE (s)-[:IN_FRAMEWORK]->(f)
RETURN count(*) AS added
