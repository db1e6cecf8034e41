// Removes the crosswalk between two skills, whichever way it was created. Parameters: $skill, $match. One row: deleted.
MATCH (a:Skill {id: $skill})
OPTIONAL MATCH (a)-[x:EXACT_MATCH]-(:Skill {id: $match})
DELETE x
RETURN count(x) AS deleted
