// The credential already issued for a person's badge. Parameters: $person, $badge. At most one row.
MATCH (c:Credential)-[:ISSUED_TO]->(:Person {id: $person})
WHERE (c)-[:OF]->(:Badge {id: $badge})
RETURN c.id AS id, c.subject AS subject, c.salt AS salt, c.statusIndex AS statusIndex, c.revokedAt AS revokedAt
LIMIT 1
