// Revokes every API token bound to one person (idempotent: an earlier revocation time is kept), when the person
// is deleted. Parameters: $id, $at (datetime). One row: how many tokens name the person.
OPTIONAL MATCH (t:ApiToken {personId: $id})
SET t.revokedAt = coalesce(t.revokedAt, $at)
RETURN count(t) AS tokens
