// Creates COMPLETED for the first pass of each person and module in a batch, unless one exists (the first
// completion is kept). Parameters: $rows [{person, module, at, score (or null)}], at most one per person and module.
// One row: created.
UNWIND $rows AS r
MATCH (p:Person {id: r.person})
MATCH (m:Module {id: r.module})
WHERE NOT EXISTS { (p)-[:COMPLETED]->(m) }
CREATE (p)-[c:COMPLETED {at: r.at, score: r.score}]->(m)
SET p.factsVersion = coalesce(p.factsVersion, 0) + 1
RETURN count(c) AS created
