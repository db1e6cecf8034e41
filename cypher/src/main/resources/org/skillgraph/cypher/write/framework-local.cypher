// Creates the 'local' framework (skills that name no framework) when it is missing.
// Parameters: $rows (one row: {title}). Writes at most one node.
UNWIND $rows AS row
MERGE (f:Framework {id: 'local'})
ON CREATE SET f.title = row.title
