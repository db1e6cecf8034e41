// The change sets of a framework, newest first. Parameters: $framework, $limit. At most $limit rows.
MATCH (c:ChangeSet {framework: $framework})
RETURN c {.*} AS changeSet
ORDER BY c.createdAt DESC, c.id DESC
LIMIT $limit
