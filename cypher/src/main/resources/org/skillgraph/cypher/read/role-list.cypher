// Roles in id order from a keyset cursor, optionally of one family. Parameters: $after, $family (or null), $limit.
MATCH (r:Role)
WHERE r.id > $after AND ($family IS NULL OR r.family = $family)
WITH r ORDER BY r.id LIMIT $limit
RETURN r {.id, .title, .family, .level} AS role, COUNT { (r)-[:NEEDS]->() } AS needs
