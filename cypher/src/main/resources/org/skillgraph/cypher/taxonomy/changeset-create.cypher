// Stores an open change set and its entries. Parameters: $changeSet {id, framework, base, source, importer,
// createdAt, counts..., impact...} and $entries [{seq, kind, id, label, before, after, suggestion, similarity}].
// One row: the number of entries stored.
MATCH (f:Framework {id: $changeSet.framework})
CREATE (c:ChangeSet)-[:CHANGES]->(f)
SET c = $changeSet, c.status = 'open'
WITH c
UNWIND $entries AS e
CREATE (c)-[:HAS_ENTRY]->(n:ChangeEntry)
SET n.seq = e.seq, n.kind = e.kind, n.entity = e.id, n.label = e.label, n.before = e.before, n.after = e.after,
    n.suggestion = e.suggestion, n.similarity = e.similarity
RETURN count(n) AS entries
