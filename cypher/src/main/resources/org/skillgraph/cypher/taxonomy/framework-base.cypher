// What a change set is based on: the framework's lastChangedAt (as text, '' when never set) and its version count.
// Parameters: $framework. At most one row.
MATCH (f:Framework {id: $framework})
RETURN f.id AS id, coalesce(toString(f.lastChangedAt), '') AS base,
       COUNT { (f)<-[:VERSION_OF]-(:FrameworkVersion) } AS versions
