// Writes the labels of added and changed skills and puts each into the framework (reviving a deprecated one).
// Parameters: $framework, $rows [{id, name?, description?, uri?}] (null: keep; '' for none). One row: skills written.
MATCH (f:Framework {id: $framework})
UNWIND $rows AS row
MERGE (s:Skill {id: row.id})
ON CREATE SET s.kind = 'skill', s.aliases = []
SET s.name = coalesce(row.name, s.name),
    s.description = CASE WHEN row.description IS NULL THEN s.description
                         WHEN row.description = '' THEN null ELSE row.description END,
    s.sourceUri = CASE WHEN row.uri IS NULL OR row.uri = '' THEN s.sourceUri ELSE row.uri END,
    s.deprecated = null, s.deprecatedBy = null
WITH f, s
OPTIONAL MATCH (s)-[old:IN_FRAMEWORK]->(other:Framework) WHERE other <> f
DELETE old
MERGE (s)-[:IN_FRAMEWORK]->(f)
RETURN count(DISTINCT s) AS skills
