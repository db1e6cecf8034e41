// A sample of the people change set $id affects, in id order: holders of its removed skills and people in or
// targeting a role that needs a removed skill, one whose prerequisites change, whose profile changes, or that the
// change set removes.
// Parameters: $id, $limit. At most $limit rows.
MATCH (c:ChangeSet {id: $id})
WITH [(c)-[:HAS_ENTRY]->(n:ChangeEntry {kind: 'skill-removed'}) | n.entity] AS removed,
     [(c)-[:HAS_ENTRY]->(n:ChangeEntry {kind: 'prerequisites-changed'}) | n.entity] AS changed,
     [(c)-[:HAS_ENTRY]->(n:ChangeEntry) WHERE n.kind IN ['role-profile-changed', 'role-removed'] | n.entity]
       AS profiles
CALL (removed, changed, profiles) {
  OPTIONAL MATCH (r:Role)-[:NEEDS]->(s:Skill)
  WHERE s.id IN removed OR s.id IN changed
  WITH collect(DISTINCT r.id) AS needing
  RETURN needing + profiles AS roleIds
}
MATCH (p:Person)
WHERE EXISTS { (p)-[:HOLDS]->(s:Skill) WHERE s.id IN removed }
   OR EXISTS { (p)-[:IN_ROLE|TARGETS]->(r:Role) WHERE r.id IN roleIds }
RETURN p.id AS id
ORDER BY id
LIMIT $limit
