// One change set's header (every property). Parameters: $id. At most one row.
MATCH (c:ChangeSet {id: $id})
RETURN c {.*} AS changeSet
