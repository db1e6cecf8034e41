// Bundle import: one ATTEMPTED per person, module and day (a re-import creates nothing).
// Parameters: $rows [{person, module, at, score, passed}]. One row: merged.
UNWIND $rows AS row
MATCH (p:Person {id: row.person})
MATCH (m:Module {id: row.module})
MERGE (p)-[a:ATTEMPTED {at: row.at}]->(m)
SET a.score = row.score, a.passed = row.passed, p.factsVersion = coalesce(p.factsVersion, 0) + 1
RETURN count(a) AS merged
