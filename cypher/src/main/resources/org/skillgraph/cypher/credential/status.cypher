// Whether the credential at one status index was revoked. Parameters: $index. At most one row.
MATCH (c:Credential {statusIndex: $index})
RETURN c.id AS id, c.revokedAt AS revokedAt
