// Appends audit events in one batch; events are never updated. Parameters: $events, maps with id, at
// (datetime), actor, actorRole, action, route, status, subjects (list of ids). One row per event.
UNWIND $events AS e
CREATE (a:AuditEvent)
SET a = e
RETURN count(a) AS written
