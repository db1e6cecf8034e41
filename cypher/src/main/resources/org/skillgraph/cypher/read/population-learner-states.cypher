// What the planners need of every person a filter selects, with the graph version, in one round trip: cohort
// priorities and what-if impact on people. Parameters: $role (target role), $cohort, $department (each null for
// any; they combine). One row: version, roleFound, cohortFound, learners in id order (id, role, targetRole, holds,
// matches, completed, weeklyHours), as the other learner-state reads give them.
OPTIONAL MATCH (meta:Meta {id: 'meta'})
OPTIONAL MATCH (role:Role {id: $role})
OPTIONAL MATCH (cohort:Cohort {id: $cohort})
RETURN coalesce(meta.version, 0) AS version,
       ($role IS NULL OR role IS NOT NULL) AS roleFound,
       ($cohort IS NULL OR cohort IS NOT NULL) AS cohortFound,
       COLLECT {
         // Start from the cohort or the role when one is given (one branch runs), as the metrics do.
         CALL {
           WITH cohort
           MATCH (p:Person)-[:MEMBER_OF]->(cohort)
           WHERE $cohort IS NOT NULL
           RETURN p
           UNION
           WITH role
           MATCH (p:Person)-[:TARGETS]->(role)
           WHERE $cohort IS NULL AND $role IS NOT NULL
           RETURN p
           UNION
           MATCH (p:Person)
           WHERE $cohort IS NULL AND $role IS NULL
           RETURN p
         }
         WITH p
         WHERE ($department IS NULL OR p.department = $department)
           AND ($role IS NULL OR EXISTS { (p)-[:TARGETS]->(role) })
         ORDER BY p.id
         RETURN {id: p.id,
                 role: [(p)-[:IN_ROLE]->(r:Role) | r.id][0],
                 targetRole: [(p)-[:TARGETS]->(r:Role) | r.id][0],
                 holds: [(p)-[h:HOLDS]->(s:Skill) | [s.id, h.level, h.source, h.at]],
                 matches: [(p)-[:HOLDS]->(s:Skill) WHERE EXISTS { (s)-[:EXACT_MATCH]-() } | [s.id, COLLECT { MATCH (s)-[:EXACT_MATCH*1..]-(t:Skill) WHERE t <> s RETURN DISTINCT t.id }]],
                 completed: [(p)-[:COMPLETED]->(m:Module) | m.id],
                 weeklyHours: p.weeklyHours} AS learner
       } AS learners
