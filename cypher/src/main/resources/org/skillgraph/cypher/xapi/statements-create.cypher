// Stores new xAPI statements, unmapped until applied; the unique constraint on id refuses a duplicate.
// Parameters: $rows (list of maps: id, stored, actorKey, verb, activityId, score, success, completion, at, raw).
UNWIND $rows AS r
CREATE (x:XapiStatement {
  id: r.id, stored: r.stored, actorKey: r.actorKey, verb: r.verb, activityId: r.activityId, score: r.score,
  success: r.success, completion: r.completion, at: r.at, raw: r.raw, status: 'unmapped', reason: 'not yet applied'
})
