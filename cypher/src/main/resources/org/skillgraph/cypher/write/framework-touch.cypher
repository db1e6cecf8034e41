// Records that an import which changed the graph wrote a framework or skills of it (an identical re-import does not
// run it). Parameters: $rows ([{id}]). One SET per existing framework.
UNWIND $rows AS row
MATCH (f:Framework {id: row.id})
SET f.lastChangedAt = datetime()
