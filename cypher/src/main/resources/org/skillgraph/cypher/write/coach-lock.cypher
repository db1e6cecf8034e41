// Takes the write lock of each coach node until the transaction ends, so a concurrent writer cannot overfill a coach
// between our capacity check and our write. Parameters: $coaches [person id], sorted to avoid deadlocks. One row: locked.
UNWIND $coaches AS id
MATCH (c:Person {id: id})
SET c._lock = true
REMOVE c._lock
RETURN count(c) AS locked
