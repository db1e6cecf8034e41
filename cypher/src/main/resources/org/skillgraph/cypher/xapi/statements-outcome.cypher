// Records what applying each statement did. Parameters: $rows (list of maps: id, status, reason, personId,
// moduleId). One write per row.
UNWIND $rows AS r
MATCH (x:XapiStatement {id: r.id})
SET x.status = r.status, x.reason = r.reason, x.personId = r.personId, x.moduleId = r.moduleId
