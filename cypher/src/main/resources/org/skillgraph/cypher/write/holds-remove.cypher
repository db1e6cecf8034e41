// Removes current levels where no evidence counts any more. Parameters: $pairs [{person, skill}]. One row: removed.
UNWIND $pairs AS pair
MATCH (p:Person {id: pair.person})-[h:HOLDS]->(:Skill {id: pair.skill})
DELETE h
SET p.factsVersion = coalesce(p.factsVersion, 0) + 1
RETURN count(*) AS removed
