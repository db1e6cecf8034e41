// Marks people's metric inputs as changed: bumps Person.factsVersion, which API nodes key their cached per-person metric
// facts by (every write of evidence, holdings, learning or coaching history, targets or departments bumps it, in its own
// transaction). Parameters: $people [person id]. One row: touched.
UNWIND $people AS id
MATCH (p:Person {id: id})
SET p.factsVersion = coalesce(p.factsVersion, 0) + 1
RETURN count(p) AS touched
