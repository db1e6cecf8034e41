// Records one module result: always an ATTEMPTED; a pass creates COMPLETED unless there is one (the first
// completion is kept). Parameters: $person, $module, $at, $score (or null), $passed. One row: completedCreated.
MATCH (p:Person {id: $person})
MATCH (m:Module {id: $module})
CREATE (p)-[:ATTEMPTED {at: $at, score: $score, passed: $passed}]->(m)
SET p.factsVersion = coalesce(p.factsVersion, 0) + 1
WITH p, m, EXISTS { (p)-[:COMPLETED]->(m) } AS already
FOREACH (_ IN CASE WHEN $passed AND NOT already THEN [1] ELSE [] END |
  CREATE (p)-[:COMPLETED {at: $at, score: $score}]->(m))
RETURN $passed AND NOT already AS completedCreated
