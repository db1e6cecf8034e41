// The person behind each of the given actor keys, through the people's external ids.
// Parameters: $keys (list of strings). One row per key that names a person.
MATCH (p:Person)
WHERE p.externalIds IS NOT NULL
UNWIND p.externalIds AS key
WITH key, p
WHERE key IN $keys
RETURN key, p.id AS personId
