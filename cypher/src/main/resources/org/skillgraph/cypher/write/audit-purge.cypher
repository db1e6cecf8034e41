// Deletes at most $batch audit events older than $before (datetime), so a purge is many small transactions, not one
// giant one; the caller repeats it until fewer than $batch go. Parameters: $before, $batch. One row: deleted.
MATCH (a:AuditEvent)
WHERE a.at < $before
WITH a LIMIT $batch
DETACH DELETE a
RETURN count(*) AS deleted
