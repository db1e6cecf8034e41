// Bumps the version of the single Meta node (created on first use); every write through skillgraph calls it.
// No parameters; one row: version.
MERGE (m:Meta {id: 'meta'})
ON CREATE SET m.version = 0
SET m.version = m.version + 1
RETURN m.version AS version
