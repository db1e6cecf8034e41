// Every API token, newest first, without hashes. No parameters. Any number of rows.
MATCH (t:ApiToken)
RETURN t {.id, .role, .personId, .label, .createdAt, .revokedAt} AS token
ORDER BY t.createdAt DESC, t.id
