// Replaces a person's external ids unless another person holds one of them.
// Parameters: $id, $keys. Zero rows when the person is unknown; else one row naming a clashing person or null.
MATCH (p:Person {id: $id})
OPTIONAL MATCH (o:Person)
WHERE o.id <> $id AND any(k IN coalesce(o.externalIds, []) WHERE k IN $keys)
WITH p, collect(o.id)[0] AS clash
FOREACH (_ IN CASE WHEN clash IS NULL THEN [1] ELSE [] END | SET p.externalIds = $keys)
RETURN clash
