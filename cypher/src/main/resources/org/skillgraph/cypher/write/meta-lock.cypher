// Takes the write lock of the single Meta node until the transaction ends, so a check and the write it guards run
// one at a time across every API node (the first admin token). No parameters; one row: locked.
MERGE (m:Meta {id: 'meta'})
ON CREATE SET m.version = 0
SET m._lock = true
REMOVE m._lock
RETURN count(m) AS locked
