// Whom and what a change set affects. Parameters: $removed (skill ids), $changed (skill ids whose prerequisites
// change), $roles (role ids whose profile changes), $removedRoles (role ids). One row of counts and curriculum ids
// (modules, badges, roles).
CALL () {
  OPTIONAL MATCH (r:Role)-[:NEEDS]->(s:Skill)
  WHERE s.id IN $removed OR s.id IN $changed
  WITH collect(DISTINCT r.id) AS needing
  RETURN [x IN needing + $roles WHERE x IS NOT NULL] AS roleIds
}
CALL () {
  OPTIONAL MATCH (p:Person)-[:IN_ROLE|TARGETS]->(r:Role) WHERE r.id IN $removedRoles
  RETURN count(DISTINCT p) AS roleHolders
}
CALL () {
  OPTIONAL MATCH (r:Role)-[l:LEADS_TO]-(:Role) WHERE r.id IN $removedRoles
  RETURN count(DISTINCT l) AS roleMoves
}
CALL (roleIds) {
  OPTIONAL MATCH (p:Person)
  WHERE EXISTS { (p)-[:HOLDS]->(s:Skill) WHERE s.id IN $removed }
     OR EXISTS { (p)-[:IN_ROLE|TARGETS]->(r:Role) WHERE r.id IN roleIds OR r.id IN $removedRoles }
  RETURN count(DISTINCT p) AS people
}
CALL () {
  OPTIONAL MATCH (p:Person)-[:HOLDS]->(s:Skill) WHERE s.id IN $removed
  RETURN count(DISTINCT p) AS holders
}
CALL () {
  OPTIONAL MATCH (m:Module)-[:TEACHES]->(s:Skill) WHERE s.id IN $removed
  RETURN collect(DISTINCT m.id) AS modules
}
CALL () {
  OPTIONAL MATCH (b:Badge)-[:CERTIFIES]->(s:Skill) WHERE s.id IN $removed
  RETURN collect(DISTINCT b.id) AS badges
}
CALL () {
  OPTIONAL MATCH (:Person)-[k:COACHES]->(:Person)
  WHERE k.endedAt IS NULL AND any(x IN coalesce(k.skills, []) WHERE x IN $removed)
  RETURN count(k) AS coachingPairs
}
RETURN people, holders, [x IN roleIds | x] AS roles, modules, badges, coachingPairs, roleHolders, roleMoves
