// The live (not deprecated) skills of a framework as a version: labels, broader skills and prerequisites within
// the framework. Parameters: $framework. One row per skill.
MATCH (f:Framework {id: $framework})<-[:IN_FRAMEWORK]-(s:Skill)
WHERE NOT coalesce(s.deprecated, false)
RETURN s.id AS id, s.name AS name, s.description AS description, s.sourceUri AS uri,
       [(s)-[:BROADER]->(b:Skill)-[:IN_FRAMEWORK]->(f) WHERE NOT coalesce(b.deprecated, false) | b.id] AS broader,
       [(s)-[q:REQUIRES]->(p:Skill)-[:IN_FRAMEWORK]->(f) WHERE NOT coalesce(p.deprecated, false)
         | p.id + '@' + toString(q.level)] AS requires
