// Skills in id order from a keyset cursor, optionally within a topic (or its narrower topics) and a framework.
// Parameters: $after (id or ''), $topic (id or null), $framework (id or null), $limit. Up to $limit rows.
MATCH (node:Skill)
WHERE node.id > $after
  AND ($topic IS NULL OR EXISTS { (node)-[:IN_TOPIC]->(:Topic)-[:BROADER*0..]->(:Topic {id: $topic}) })
WITH node, [(node)-[:IN_FRAMEWORK]->(fw:Framework) | fw.id][0] AS framework
WHERE $framework IS NULL OR framework = $framework
WITH node, framework
ORDER BY node.id
LIMIT $limit
RETURN node.id AS id, node.name AS name, node.kind AS kind, coalesce(node.aliases, []) AS aliases,
       [(node)-[:IN_TOPIC]->(t:Topic) | t.id] AS topics, framework, null AS score
