// The graph's version, bumped by every write through skillgraph. No parameters; one row.
OPTIONAL MATCH (m:Meta {id: 'meta'})
RETURN coalesce(m.version, 0) AS version
