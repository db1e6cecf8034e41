// Puts every ESCO skill (source 'esco') into the framework of the ESCO version just imported, out of any other;
// lastChangedAt moves when the framework is created or skills move into it, so an identical re-import leaves it.
// Parameters: $id (esco-<version>), $properties (title, version, publisher, …). At most one row per moved skill.
MERGE (f:Framework {id: $id})
ON CREATE SET f.lastChangedAt = datetime()
SET f += $properties
WITH f
MATCH (s:Skill {source: 'esco'})
WHERE NOT (s)-[:IN_FRAMEWORK]->(f)
OPTIONAL MATCH (s)-[old:IN_FRAMEWORK]->(:Framework)
DELETE old
MERGE (s)-[:IN_FRAMEWORK]->(f)
SET f.lastChangedAt = datetime()
