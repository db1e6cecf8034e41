// Sets the broader skills within the framework of each listed skill; links to other frameworks stay.
// Parameters: $framework, $rows [{id, broader: [ids]}]. One row: skills written.
UNWIND $rows AS row
MATCH (s:Skill {id: row.id})
CALL (s) {
  OPTIONAL MATCH (s)-[b:BROADER]->(:Skill)-[:IN_FRAMEWORK]->(:Framework {id: $framework})
  DELETE b
}
CALL (s, row) {
  UNWIND row.broader AS id
  MATCH (t:Skill {id: id})
  MERGE (s)-[:BROADER]->(t)
}
RETURN count(s) AS skills
