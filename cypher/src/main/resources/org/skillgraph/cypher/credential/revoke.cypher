// Revokes the credential of a person's badge; a second revocation keeps the first's time and reason.
// Parameters: $person, $badge, $at, $reason. One row when a credential was issued, none otherwise.
MATCH (c:Credential)-[:ISSUED_TO]->(:Person {id: $person})
WHERE (c)-[:OF]->(:Badge {id: $badge})
SET c.revokedAt = coalesce(c.revokedAt, $at), c.revocationReason = coalesce(c.revocationReason, $reason)
RETURN c.id AS id, c.subject AS subject, c.salt AS salt, c.statusIndex AS statusIndex, c.revokedAt AS revokedAt
