// Marks change set $id applied by $actor at $at. Parameters: $id, $at, $actor. One row.
MATCH (c:ChangeSet {id: $id})
SET c.status = 'applied', c.appliedAt = $at, c.appliedBy = $actor
RETURN c.id AS id
