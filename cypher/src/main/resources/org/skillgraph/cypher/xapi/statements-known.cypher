// The stored raw JSON of the statements among $ids that exist already, to tell a repeat from a conflict.
// Parameters: $ids (list of statement ids). One row per stored statement.
MATCH (x:XapiStatement)
WHERE x.id IN $ids
RETURN x.id AS id, x.raw AS raw
