// One framework: its properties (scale included), its skills, the roles needing and the modules teaching them.
// Parameters: $id. At most one row.
MATCH (f:Framework {id: $id})
CALL (f) {
  OPTIONAL MATCH (f)<-[:IN_FRAMEWORK]-(s:Skill)
  RETURN count(s) AS skills
}
CALL (f) {
  OPTIONAL MATCH (f)<-[:IN_FRAMEWORK]-(:Skill)<-[:NEEDS]-(r:Role)
  RETURN count(DISTINCT r) AS roles
}
CALL (f) {
  OPTIONAL MATCH (f)<-[:IN_FRAMEWORK]-(:Skill)<-[:TEACHES]-(m:Module)
  RETURN count(DISTINCT m) AS modules
}
RETURN f {.*} AS framework, skills, roles, modules
