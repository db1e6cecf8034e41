// Takes the Meta node's write lock before a schema migration and returns the schema version the store is at.
// No parameters; one row: schemaVersion (0 for a store that never ran a migration).
MERGE (m:Meta {id: 'meta'})
ON CREATE SET m.version = 0
SET m._lock = true
REMOVE m._lock
RETURN coalesce(m.schemaVersion, 0) AS schemaVersion
