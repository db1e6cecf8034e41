// Which of the given person ids exist (batch validation before any lock is taken). Parameters: $ids [person id].
// One row per existing person: id.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id
