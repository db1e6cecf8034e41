// A skill written through the editing API that belongs to no framework yet goes to 'local' (created with the same
// title as imports give it); others keep theirs (write/skills-framework-touch then marks it changed). Parameters:
// $id, $title.
// One row: added (0 or 1).
MATCH (s:Skill {id: $id})
WHERE NOT (s)-[:IN_FRAMEWORK]->()
MERGE (f:Framework {id: 'local'})
ON CREATE SET f.title = $title
MERGE (s)-[:IN_FRAMEWORK]->(f)
RETURN count(*) AS added
