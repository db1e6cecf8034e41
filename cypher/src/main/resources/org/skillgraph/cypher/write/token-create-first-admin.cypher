// Stores an admin token (its hash only) unless an active admin token exists; runs after write/meta-lock in the same
// transaction, so nodes starting together create one between them. Parameters: $id, $hash, $role, $label, $createdAt.
// One row: created.
OPTIONAL MATCH (t:ApiToken {role: $role})
WHERE t.revokedAt IS NULL
WITH count(t) = 0 AS none
FOREACH (_ IN CASE WHEN none THEN [1] ELSE [] END |
  CREATE (:ApiToken {id: $id, hash: $hash, role: $role, label: $label, createdAt: $createdAt})
)
RETURN none AS created
