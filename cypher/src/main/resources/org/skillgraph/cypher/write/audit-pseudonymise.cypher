// Replaces an erased person's id by their pseudonym in the subjects of every audit event naming them, so the trail
// keeps what happened without saying to whom. Parameters: $id, $pseudonym. One row: how many events changed.
OPTIONAL MATCH (a:AuditEvent)
WHERE $id IN a.subjects
SET a.subjects = [s IN a.subjects | CASE WHEN s = $id THEN $pseudonym ELSE s END]
RETURN count(a) AS events
