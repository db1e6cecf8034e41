// The learning history that refers to a module (the delete guard): how many completions and enrolments it has.
// Parameters: $id. Zero or one row.
MATCH (m:Module {id: $id})
RETURN COUNT { (:Person)-[:COMPLETED]->(m) } AS completions,
       COUNT { (:Person)-[:ENROLLED]->(m) } AS enrolments
