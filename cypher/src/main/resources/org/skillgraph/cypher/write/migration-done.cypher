// Records that a schema migration ran; $changed bumps the curriculum version so every API node rebuilds its snapshot.
// Parameters: $schemaVersion, $changed (boolean). One row: version.
MATCH (m:Meta {id: 'meta'})
SET m.schemaVersion = $schemaVersion,
    m.version = CASE WHEN $changed THEN m.version + 1 ELSE m.version END
RETURN m.version AS version
