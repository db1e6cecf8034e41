// Removes current levels where no evidence counts any more. Parameters: $pairs [{person, skill}]. One row: removed.
UNWIND $pairs AS pair
MATCH (:Person {id: pair.person})-[h:HOLDS]->(:Skill {id: pair.skill})
DELETE h
RETURN count(*) AS removed
