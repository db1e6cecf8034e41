// The metrics population read as it was before it started from the cohort or role and read only the parts a
// metric needs: the metrics bench times it beside the current one. Parameters: $role, $cohort, $department.
OPTIONAL MATCH (meta:Meta {id: 'meta'})
OPTIONAL MATCH (role:Role {id: $role})
OPTIONAL MATCH (cohort:Cohort {id: $cohort})
RETURN coalesce(meta.version, 0) AS version,
       ($role IS NULL OR role IS NOT NULL) AS roleFound,
       ($cohort IS NULL OR cohort IS NOT NULL) AS cohortFound,
       COLLECT {
         MATCH (p:Person)
         WHERE ($department IS NULL OR p.department = $department)
           AND ($role IS NULL OR EXISTS { (p)-[:TARGETS]->(role) })
           AND ($cohort IS NULL OR EXISTS { (p)-[:MEMBER_OF]->(cohort) })
         RETURN {id: p.id,
                 department: p.department,
                 target: [(p)-[t:TARGETS]->(r:Role) | {role: r.id, since: t.since}][0],
                 evidence: [(p)-[:HAS_EVIDENCE]->(e:Evidence)-[:FOR]->(s:Skill) |
                            {skill: s.id, source: e.source, level: e.level, at: e.at, expiresAt: e.expiresAt}],
                 holds: [(p)-[h:HOLDS]->(s:Skill) | {skill: s.id, level: h.level, at: h.at}],
                 enrolled: [(p)-[x:ENROLLED]->(m:Module) | {module: m.id, at: x.at}],
                 attempts: [(p)-[x:ATTEMPTED]->(m:Module) | {module: m.id, at: x.at, score: x.score, passed: x.passed}],
                 completed: [(p)-[x:COMPLETED]->(m:Module) | {module: m.id, at: x.at}],
                 coachedBy: [(c:Person)-[x:COACHES]->(p) |
                             {coach: c.id, since: x.since, endedAt: x.endedAt, skills: x.skills}]} AS person
         ORDER BY p.id
       } AS people
