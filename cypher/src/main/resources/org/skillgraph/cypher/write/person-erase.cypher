// Erases one person: the node, every relationship, the evidence nodes only they own; their API tokens are revoked
// and name the pseudonym instead of the person from then on. Returns what was removed, as counts only.
// Parameters: $id, $at (datetime), $pseudonym. Zero or one row.
MATCH (p:Person {id: $id})
OPTIONAL MATCH (p)-[:HAS_EVIDENCE]->(e:Evidence)
WITH p, collect(e) AS evidence
CALL (p) {
  OPTIONAL MATCH (t:ApiToken {personId: p.id})
  SET t.revokedAt = coalesce(t.revokedAt, $at), t.personId = $pseudonym
  RETURN count(t) AS tokens
}
WITH p, evidence, tokens, COUNT { (p)--() } AS relationships
FOREACH (e IN evidence | DETACH DELETE e)
DETACH DELETE p
RETURN relationships, size(evidence) AS evidence, tokens
