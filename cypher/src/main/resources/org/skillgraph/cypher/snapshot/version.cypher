// The version the snapshot is built from, read in the same transaction as the curriculum. No parameters; one row.
OPTIONAL MATCH (m:Meta {id: 'meta'})
RETURN coalesce(m.version, 0) AS version
