// Bumps the version of the single Meta node (created on first use); every curriculum write through skillgraph calls
// it, and it appends a 'curriculum' Change to the change feed that API nodes poll. No parameters; one row: version.
MERGE (m:Meta {id: 'meta'})
ON CREATE SET m.version = 0
SET m.version = m.version + 1, m.changeSeq = coalesce(m.changeSeq, 0) + 1
CREATE (:Change {seq: m.changeSeq, kind: 'curriculum', id: toString(m.version), at: datetime()})
RETURN m.version AS version
