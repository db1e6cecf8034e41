// Migration 2: every person gets a factsVersion, the counter people-data writes bump so that API nodes know whose
// cached metric facts are out of date. Stores written before it had none; a missing one reads as 0 all the same, so
// this only makes the property explicit. No parameters; idempotent.
MATCH (p:Person)
WHERE p.factsVersion IS NULL
SET p.factsVersion = 0
