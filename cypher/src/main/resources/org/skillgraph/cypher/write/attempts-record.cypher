// Records many module results at once: one ATTEMPTED per row, in any order (attempts are history, never merged).
// Parameters: $rows [{person, module, at, score (or null), passed}]. One row: recorded.
UNWIND $rows AS r
MATCH (p:Person {id: r.person})
MATCH (m:Module {id: r.module})
CREATE (p)-[a:ATTEMPTED {at: r.at, score: r.score, passed: r.passed}]->(m)
SET p.factsVersion = coalesce(p.factsVersion, 0) + 1
RETURN count(a) AS recorded
