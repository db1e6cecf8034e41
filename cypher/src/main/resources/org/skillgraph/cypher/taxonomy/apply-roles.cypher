// Sets each listed role's needs on skills of the framework (creating the role when new); needs on other
// frameworks' skills stay. Parameters: $framework, $rows [{id, title, needs: [{skill, level, importance,
// essential}]}]. One row: roles written.
UNWIND $rows AS row
MERGE (r:Role {id: row.id})
ON CREATE SET r.title = row.title
WITH r, row
CALL (r) {
  OPTIONAL MATCH (r)-[n:NEEDS]->(:Skill)-[:IN_FRAMEWORK]->(:Framework {id: $framework})
  DELETE n
}
CALL (r, row) {
  UNWIND row.needs AS need
  MATCH (s:Skill {id: need.skill})
  MERGE (r)-[n:NEEDS]->(s)
  SET n.level = need.level, n.importance = need.importance, n.essential = need.essential
}
RETURN count(r) AS roles
