// The token whose secret hashes to $hash, revoked or not (the caller decides). Parameters: $hash. Zero or one row.
MATCH (t:ApiToken {hash: $hash})
RETURN t {.id, .role, .personId, .label, .createdAt, .revokedAt} AS token
