// Readiness: how many of skillgraph's indexes exist and how many of them are online.
// Parameters: $names, the index and constraint names of schema.cypher (Schema.names()). One row.
SHOW INDEXES YIELD name, state
WHERE name IN $names
RETURN count(*) AS total, count(CASE WHEN state = 'ONLINE' THEN 1 END) AS online
