// What a person's deletion would break for others (the delete guard): how many people report to them and how many
// coaching pairs they are part of, as coach or learner. Counts only (personal data). Parameters: $id. Zero or one row.
MATCH (p:Person {id: $id})
RETURN COUNT { (:Person)-[:REPORTS_TO]->(p) } AS reports,
       COUNT { (p)-[:COACHES]-(:Person) } AS coachingPairs
