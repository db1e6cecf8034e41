// Discards an open change set and its entries. Parameters: $id. One row: the entries deleted.
MATCH (c:ChangeSet {id: $id})
OPTIONAL MATCH (c)-[:HAS_ENTRY]->(n:ChangeEntry)
DETACH DELETE n
WITH c, count(n) AS entries
DETACH DELETE c
RETURN entries
