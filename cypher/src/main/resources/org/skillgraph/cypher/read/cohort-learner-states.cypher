// What the planners need of every member of a cohort, with the graph version, in one round trip. Parameters: $id.
// One row: version, found (whether the cohort exists), learners in id order (id, role, targetRole, holds, matches, completed, weeklyHours).
OPTIONAL MATCH (meta:Meta {id: 'meta'})
OPTIONAL MATCH (cohort:Cohort {id: $id})
RETURN coalesce(meta.version, 0) AS version,
       cohort IS NOT NULL AS found,
       COLLECT {
         MATCH (p:Person)-[:MEMBER_OF]->(cohort)
         RETURN {id: p.id,
                 role: [(p)-[:IN_ROLE]->(r:Role) | r.id][0],
                 targetRole: [(p)-[:TARGETS]->(r:Role) | r.id][0],
                 holds: [(p)-[h:HOLDS]->(s:Skill) | [s.id, h.level, h.source, h.at]],
                 matches: [(p)-[:HOLDS]->(s:Skill) WHERE EXISTS { (s)-[:EXACT_MATCH]-() } | [s.id, COLLECT { MATCH (s)-[:EXACT_MATCH*1..]-(t:Skill) WHERE t <> s RETURN DISTINCT t.id }]],
                 completed: [(p)-[:COMPLETED]->(m:Module) | m.id],
                 weeklyHours: p.weeklyHours} AS learner
         ORDER BY p.id
       } AS learners
