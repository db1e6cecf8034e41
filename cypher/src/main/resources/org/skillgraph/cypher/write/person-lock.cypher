// Takes the write lock of each person node until the transaction ends, so evidence writes for one person run one
// after the other. Parameters: $people [person id], sorted to avoid deadlocks. One row per person found: id.
UNWIND $people AS id
MATCH (p:Person {id: id})
SET p._lock = true
REMOVE p._lock
RETURN p.id AS id
