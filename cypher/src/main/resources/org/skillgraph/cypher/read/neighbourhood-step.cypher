// One breadth-first step of a neighbourhood: the relationships of the allowed types at the frontier nodes and
// the node across each. Relationships touching a Person come without properties (no held levels, dates or
// sources). Parameters: $frontier (element ids, in order), $types, $limit. At most $limit rows.
UNWIND range(0, size($frontier) - 1) AS position
MATCH (n) WHERE elementId(n) = $frontier[position]
MATCH (n)-[r]-(m)
WHERE type(r) IN $types AND toStringOrNull(m.id) IS NOT NULL AND NOT m:Meta
RETURN position, elementId(r) AS relationship, type(r) AS type, startNode(r) = n AS outgoing,
       elementId(m) AS element, labels(m) AS labels, toStringOrNull(m.id) AS id,
       toStringOrNull(coalesce(m.name, m.title)) AS name,
       CASE WHEN n:Person OR m:Person THEN {} ELSE properties(r) END AS properties
ORDER BY position, type, id
LIMIT $limit
