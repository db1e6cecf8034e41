// Sets the prerequisites within the framework of each listed skill; prerequisites in other frameworks stay.
// Parameters: $framework, $rows [{id, requires: [{skill, level}]}]. One row: skills written.
UNWIND $rows AS row
MATCH (s:Skill {id: row.id})
CALL (s) {
  OPTIONAL MATCH (s)-[q:REQUIRES]->(:Skill)-[:IN_FRAMEWORK]->(:Framework {id: $framework})
  DELETE q
}
CALL (s, row) {
  UNWIND row.requires AS req
  MATCH (t:Skill {id: req.skill})
  MERGE (s)-[q:REQUIRES]->(t)
  SET q.level = req.level
}
RETURN count(s) AS skills
