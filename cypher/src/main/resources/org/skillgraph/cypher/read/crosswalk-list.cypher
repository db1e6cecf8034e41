// Crosswalks (EXACT_MATCH, listed once from the end they were created from), optionally touching one skill or
// one framework, ordered by skill then match. Parameters: $skill, $framework (ids or null), $skip, $limit.
MATCH (a:Skill)-[:EXACT_MATCH]->(b:Skill)
OPTIONAL MATCH (a)-[:IN_FRAMEWORK]->(fa:Framework)
OPTIONAL MATCH (b)-[:IN_FRAMEWORK]->(fb:Framework)
WITH a, b, fa, fb
WHERE ($skill IS NULL OR a.id = $skill OR b.id = $skill)
  AND ($framework IS NULL OR fa.id = $framework OR fb.id = $framework)
RETURN a.id AS skill, a.name AS skillName, fa.id AS skillFramework,
       b.id AS match, b.name AS matchName, fb.id AS matchFramework
ORDER BY skill, match
SKIP $skip LIMIT $limit
