// Migration 1: every skill belongs to exactly one framework. Skills of a store filled before frameworks
// existed are put into one: ESCO's into esco-<Meta.escoVersion>, the demo organisation's into its own (only
// when every demo skill is there), every other one into 'local'. Parameters: $esco (framework properties),
// $demo ({framework, skills}), $local (framework properties). Runs in one transaction; idempotent.
MATCH (m:Meta {id: 'meta'})
WHERE m.escoVersion IS NOT NULL
MATCH (s:Skill {source: 'esco'})
WHERE NOT (s)-[:IN_FRAMEWORK]->()
WITH m, collect(s) AS skills
WHERE size(skills) > 0
MERGE (f:Framework {id: 'esco-' + m.escoVersion})
ON CREATE SET f += $esco, f.version = m.escoVersion, f.lastChangedAt = datetime()
FOREACH (s IN skills | MERGE (s)-[:IN_FRAMEWORK]->(f));
WITH $demo.skills AS ids
MATCH (s:Skill)
WHERE s.id IN ids AND NOT (s)-[:IN_FRAMEWORK]->()
WITH ids, collect(s) AS skills
WHERE size(ids) > 0 AND size(skills) = size(ids)
MERGE (f:Framework {id: $demo.framework.id})
ON CREATE SET f += $demo.framework, f.lastChangedAt = datetime()
FOREACH (s IN skills | MERGE (s)-[:IN_FRAMEWORK]->(f));
MATCH (s:Skill)
WHERE NOT (s)-[:IN_FRAMEWORK]->()
WITH collect(s) AS skills
WHERE size(skills) > 0
MERGE (f:Framework {id: 'local'})
ON CREATE SET f += $local, f.lastChangedAt = datetime()
FOREACH (s IN skills | MERGE (s)-[:IN_FRAMEWORK]->(f));
