// Where the coach index stands: the change feed's last seq, Meta.version and Meta.orgVersion, and every EXACT_MATCH
// edge as [skill id, skill id] (the index forms the crosswalk classes from them). No parameters; one row.
OPTIONAL MATCH (m:Meta {id: 'meta'})
OPTIONAL MATCH (f:ChangeFeed {id: 'feed'})
RETURN coalesce(f.seq, 0) AS seq, coalesce(m.version, 0) AS version, coalesce(m.orgVersion, 0) AS orgVersion,
       COLLECT { MATCH (a:Skill)-[:EXACT_MATCH]->(b:Skill) WHERE a.id <> b.id RETURN [a.id, b.id] } AS matches
