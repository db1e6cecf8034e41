// Removes the current level of a person in skills where no evidence counts any more.
// Parameters: $person, $skills [skill id]. One row: removed.
MATCH (:Person {id: $person})-[h:HOLDS]->(s:Skill)
WHERE s.id IN $skills
DELETE h
RETURN count(*) AS removed
