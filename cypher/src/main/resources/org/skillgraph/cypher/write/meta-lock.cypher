// Takes the Meta node's write lock until the transaction ends without moving the version: serialises creating and
// deleting people with every other such write and with curriculum edits. No parameters; one row: locked.
MERGE (m:Meta {id: 'meta'})
ON CREATE SET m.version = 0
SET m._lock = true
REMOVE m._lock
RETURN count(m) AS locked
