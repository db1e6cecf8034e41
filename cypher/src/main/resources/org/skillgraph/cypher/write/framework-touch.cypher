// Records that an import wrote a framework or skills of it.
// Parameters: $rows ([{id}]). One SET per existing framework.
UNWIND $rows AS row
MATCH (f:Framework {id: row.id})
SET f.lastChangedAt = datetime()
