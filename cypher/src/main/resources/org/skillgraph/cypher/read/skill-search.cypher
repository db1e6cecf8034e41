// Skill search over name and aliases through the full-text index, optionally within a topic (or its narrower topics).
// Parameters: $query (Lucene syntax, escaped by the caller), $topic (id or null), $framework (id or null), $skip, $limit. Up to $limit rows.
CALL db.index.fulltext.queryNodes('skill_search', $query) YIELD node, score
WHERE ($topic IS NULL OR EXISTS { (node)-[:IN_TOPIC]->(:Topic)-[:BROADER*0..]->(:Topic {id: $topic}) })
  AND ($framework IS NULL OR EXISTS { (node)-[:IN_FRAMEWORK]->(:Framework {id: $framework}) })
WITH node, score
ORDER BY score DESC, node.id
SKIP $skip LIMIT $limit
RETURN node.id AS id, node.name AS name, node.kind AS kind, coalesce(node.aliases, []) AS aliases,
       [(node)-[:IN_TOPIC]->(t:Topic) | t.id] AS topics,
       head([(node)-[:IN_FRAMEWORK]->(f:Framework) | f.id]) AS framework, score
