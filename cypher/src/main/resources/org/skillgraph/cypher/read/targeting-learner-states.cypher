// What the planners need of every person with a target role, with the graph version, in one round trip: the
// validation report's dead-end check. No parameters. One row: version, learners in id order (id, role, targetRole,
// holds, matches, completed, weeklyHours), as the other learner-state reads give them.
OPTIONAL MATCH (meta:Meta {id: 'meta'})
RETURN coalesce(meta.version, 0) AS version,
       COLLECT {
         MATCH (p:Person)-[:TARGETS]->(:Role)
         RETURN DISTINCT {id: p.id,
                 role: [(p)-[:IN_ROLE]->(r:Role) | r.id][0],
                 targetRole: [(p)-[:TARGETS]->(r:Role) | r.id][0],
                 holds: [(p)-[h:HOLDS]->(s:Skill) | [s.id, h.level, h.source, h.at]],
                 matches: [(p)-[:HOLDS]->(s:Skill) WHERE EXISTS { (s)-[:EXACT_MATCH]-() } | [s.id, COLLECT { MATCH (s)-[:EXACT_MATCH*1..]-(t:Skill) WHERE t <> s RETURN DISTINCT t.id }]],
                 completed: [(p)-[:COMPLETED]->(m:Module) | m.id],
                 weeklyHours: p.weeklyHours} AS learner
         ORDER BY learner.id
       } AS learners
