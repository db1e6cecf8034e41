// Deletes at most $batch audit events older than $before (datetime), so a purge is many small transactions, not one
// giant one; the caller repeats it while a full batch matched. Parameters: $before, $batch. One row: matched.
MATCH (a:AuditEvent)
WHERE a.at < $before
WITH a LIMIT $batch
DETACH DELETE a
RETURN count(*) AS matched
