// When a person is deleted, what else was theirs goes with them, as on erasure: every API token bound to them is
// revoked (an earlier revocation time is kept) and the xAPI statements applied to them or sent under one of their
// external ids are deleted, so whoever takes the id next inherits neither. Parameters: $id, $at (datetime).
// One row: tokens (how many name the person), statements (how many were deleted).
CALL () {
  OPTIONAL MATCH (t:ApiToken {personId: $id})
  SET t.revokedAt = coalesce(t.revokedAt, $at)
  RETURN count(t) AS tokens
}
CALL () {
  OPTIONAL MATCH (p:Person {id: $id})
  OPTIONAL MATCH (x:XapiStatement)
  WHERE x.personId = $id OR x.actorKey IN coalesce(p.externalIds, [])
  DETACH DELETE x
  RETURN count(x) AS statements
}
RETURN tokens, statements
