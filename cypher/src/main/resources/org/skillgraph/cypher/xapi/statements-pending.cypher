// Statements not yet applied, oldest first, with what applying them needs. Parameters: $limit. Up to $limit rows.
MATCH (x:XapiStatement {status: 'unmapped'})
RETURN x.id AS id, x.stored AS stored, x.actorKey AS actorKey, x.verb AS verb, x.activityId AS activityId,
       x.score AS score, x.success AS success, x.completion AS completion, x.at AS at, x.reason AS reason
ORDER BY x.stored, x.id
LIMIT $limit
