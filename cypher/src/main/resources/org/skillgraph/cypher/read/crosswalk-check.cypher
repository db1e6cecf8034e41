// What a new crosswalk between two skills must not be: the skills' frameworks and whether a match exists either way.
// Parameters: $skill, $match. One row: names, frameworks (null if unknown), exists.
OPTIONAL MATCH (a:Skill {id: $skill})
OPTIONAL MATCH (b:Skill {id: $match})
RETURN a.name AS skillName, b.name AS matchName,
       [(a)-[:IN_FRAMEWORK]->(f:Framework) | f.id][0] AS skillFramework,
       [(b)-[:IN_FRAMEWORK]->(f:Framework) | f.id][0] AS matchFramework,
       EXISTS { (a)-[:EXACT_MATCH]-(b) } AS exists
