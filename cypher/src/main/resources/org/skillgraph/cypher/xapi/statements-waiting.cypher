// Statements waiting for a mapping (status unmapped), oldest first, to replay: with $actorKeys, only those sent
// under one of them; with $activityIds, only those about one of them (null: no such restriction).
// Parameters: $actorKeys, $activityIds (lists or null), $limit. Up to $limit rows.
MATCH (x:XapiStatement {status: 'unmapped'})
WHERE ($actorKeys IS NULL OR x.actorKey IN $actorKeys) AND ($activityIds IS NULL OR x.activityId IN $activityIds)
RETURN x.id AS id, x.stored AS stored, x.actorKey AS actorKey, x.verb AS verb, x.activityId AS activityId,
       x.score AS score, x.success AS success, x.completion AS completion, x.at AS at, x.status AS status,
       x.reason AS reason
ORDER BY x.stored, x.id
LIMIT $limit
