// What a change set is based on: the framework's lastChangedAt (as text, '' when never set) and how many versions
// it has recorded, as 'lastChangedAt#versions'. Parameters: $framework. At most one row.
MATCH (f:Framework {id: $framework})
RETURN f.id AS id,
       coalesce(toString(f.lastChangedAt), '') + '#'
         + toString(COUNT { (f)<-[:VERSION_OF]-(:FrameworkVersion) }) AS base
