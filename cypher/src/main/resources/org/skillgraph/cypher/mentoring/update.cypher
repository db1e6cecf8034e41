// Records a decision on a coaching request or pair: sets the given properties (a state and its dates, a reason).
// Parameters: $id, $changes {property: value}. One row: id.
MATCH (m:Mentorship {id: $id})
SET m += $changes
RETURN m.id AS id
