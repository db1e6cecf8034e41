// A page of one change set's entries in seq order, optionally of one kind or about one entity. Parameters: $id,
// $after (seq, -1 for the first page), $kind?, $entity?, $limit. At most $limit rows.
MATCH (:ChangeSet {id: $id})-[:HAS_ENTRY]->(n:ChangeEntry)
WHERE n.seq > $after AND ($kind IS NULL OR n.kind = $kind) AND ($entity IS NULL OR n.entity = $entity)
RETURN n {.*} AS entry
ORDER BY n.seq
LIMIT $limit
