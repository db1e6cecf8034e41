// Revokes one token (idempotent: an earlier revocation time is kept) and returns its hash so caches can
// drop it. Parameters: $id, $at (datetime). Zero or one row.
MATCH (t:ApiToken {id: $id})
SET t.revokedAt = coalesce(t.revokedAt, $at)
RETURN t.hash AS hash, t {.id, .role, .personId, .label, .createdAt, .revokedAt} AS token
