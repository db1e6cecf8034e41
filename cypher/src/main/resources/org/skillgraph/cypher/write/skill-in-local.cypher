// A skill written through the editing API that belongs to no framework yet goes to 'local' (created with the same
// title as imports give it), which is then marked as changed; others keep theirs. Parameters: $id, $title.
// One row: added (0 or 1).
MATCH (s:Skill {id: $id})
WHERE NOT (s)-[:IN_FRAMEWORK]->()
MERGE (f:Framework {id: 'local'})
ON CREATE SET f.title = $title
MERGE (s)-[:IN_FRAMEWORK]->(f)
SET f.lastChangedAt = datetime()
RETURN count(*) AS added
