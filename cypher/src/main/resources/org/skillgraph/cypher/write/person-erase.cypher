// Erases one person: the node, every relationship, the evidence nodes only they own, the xAPI statements applied to
// them or sent under one of their external ids, the change-feed entries naming them, the coaching requests and pairs
// they are a side of with their goals and check-ins (a pair's record is about both people); their API tokens are revoked
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
CALL (p) {
  OPTIONAL MATCH (x:XapiStatement)
  WHERE x.personId = p.id OR x.actorKey IN coalesce(p.externalIds, [])
  DETACH DELETE x
  RETURN count(x) AS statements
}
CALL (p) {
  OPTIONAL MATCH (p)<-[:COACH|LEARNER]-(m:Mentorship)
  WITH collect(m) AS mentorships
  FOREACH (m IN mentorships |
    FOREACH (x IN [(m)-[:HAS_GOAL|HAS_CHECK_IN]->(y) | y] | DETACH DELETE x)
    DETACH DELETE m)
  RETURN size(mentorships) AS mentorships
}
WITH p, evidence, tokens, COUNT { (p)--() } AS relationships
CALL (p) {
  // Earlier change-feed entries naming them; the erasure's own entry (appended at commit) is the last, pruned in time.
  OPTIONAL MATCH (c:Change {kind: 'person', id: p.id})
  DELETE c
  RETURN count(c) AS changes
}
CALL (p) {
  // Their claims (self-assessments, prior learning) are theirs alone.
  OPTIONAL MATCH (p)-[:CLAIMS]->(c:Claim)
  DETACH DELETE c
  RETURN count(c) AS claims
}
FOREACH (e IN evidence | DETACH DELETE e)
DETACH DELETE p
RETURN relationships, size(evidence) AS evidence, tokens
