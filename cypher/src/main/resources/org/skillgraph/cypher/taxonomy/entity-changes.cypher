// The applied change-set entries about one skill or role, newest first. Parameters: $entity, $limit.
// At most $limit rows.
MATCH (c:ChangeSet {status: 'applied'})-[:HAS_ENTRY]->(n:ChangeEntry {entity: $entity})
RETURN c.id AS changeSet, c.framework AS framework, c.appliedAt AS at, c.appliedBy AS actor, n {.*} AS entry
ORDER BY c.appliedAt DESC, n.seq
LIMIT $limit
