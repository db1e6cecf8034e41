// Whether $reviewer is above $person in the reporting line (a manager, or a manager's manager …).
// Parameters: $person, $reviewer. One row: inLine.
RETURN EXISTS { (:Person {id: $person})-[:REPORTS_TO*1..32]->(:Person {id: $reviewer}) } AS inLine
