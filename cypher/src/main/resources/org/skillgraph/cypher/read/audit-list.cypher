// Audit events, newest first, filtered by actor token, subject id and time window; keyset paging on
// (at, id). Parameters: $actor, $subject, $since, $until (datetime or null), $afterAt, $afterId, $limit.
MATCH (a:AuditEvent)
WHERE ($actor IS NULL OR a.actor = $actor)
  AND ($subject IS NULL OR $subject IN a.subjects)
  AND ($since IS NULL OR a.at >= $since)
  AND ($until IS NULL OR a.at < $until)
  AND ($afterAt IS NULL OR a.at < $afterAt OR (a.at = $afterAt AND a.id < $afterId))
RETURN a {.id, .at, .actor, .actorRole, .action, .route, .status, .subjects} AS event
ORDER BY a.at DESC, a.id DESC
LIMIT $limit
