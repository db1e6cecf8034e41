// Statements not applied, oldest first: waiting for a mapping (unmapped) or with a verb no mapping applies
// (unsupported), with what applying them needs. Parameters: $limit. Up to $limit rows.
MATCH (x:XapiStatement)
WHERE x.status IN ['unmapped', 'unsupported']
RETURN x.id AS id, x.stored AS stored, x.actorKey AS actorKey, x.verb AS verb, x.activityId AS activityId,
       x.score AS score, x.success AS success, x.completion AS completion, x.at AS at, x.status AS status,
       x.reason AS reason
ORDER BY x.stored, x.id
LIMIT $limit
