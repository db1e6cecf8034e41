// Erases one person: the node, every relationship, the evidence nodes only they own, and their API tokens
// are revoked. Returns what was removed, as counts only. Parameters: $id, $at (datetime). Zero or one row.
MATCH (p:Person {id: $id})
OPTIONAL MATCH (p)-[:HAS_EVIDENCE]->(e:Evidence)
WITH p, collect(e) AS evidence
CALL (p) {
  OPTIONAL MATCH (t:ApiToken {personId: p.id})
  SET t.revokedAt = coalesce(t.revokedAt, $at)
  RETURN count(t) AS tokens
}
WITH p, evidence, tokens, COUNT { (p)--() } AS relationships
FOREACH (e IN evidence | DETACH DELETE e)
DETACH DELETE p
RETURN relationships, size(evidence) AS evidence, tokens
