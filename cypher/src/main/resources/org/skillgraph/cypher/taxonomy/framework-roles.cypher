// The roles a version of framework $framework describes: live roles with at least one need, every one of them on
// a skill of the framework. Parameters: $framework. One row per role, in id order.
MATCH (f:Framework {id: $framework})<-[:IN_FRAMEWORK]-(:Skill)<-[:NEEDS]-(r:Role)
WITH DISTINCT f, r
WHERE NOT coalesce(r.deprecated, false)
  AND NOT EXISTS { (r)-[:NEEDS]->(s:Skill) WHERE NOT (s)-[:IN_FRAMEWORK]->(f) }
RETURN r.id AS id
ORDER BY id
