// Stores a new API token: only the SHA-256 hash of its secret, never the secret. Parameters: $id, $hash,
// $role, $personId (null unless a learner token), $label, $createdAt (datetime). One row.
CREATE (t:ApiToken {id: $id, hash: $hash, role: $role, personId: $personId, label: $label, createdAt: $createdAt})
RETURN t.id AS id
