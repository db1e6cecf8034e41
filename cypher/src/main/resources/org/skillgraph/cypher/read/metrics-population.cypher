// The people a metric covers, with the parts of their dated history it reads, and the graph version. Parameters: $role
// (target role), $cohort, $department (each null for any), $evidence, $learning, $coaching (which parts to read; a part
// not asked for comes as empty lists). One row: version, roleFound, cohortFound, people (maps, in id order).
OPTIONAL MATCH (meta:Meta {id: 'meta'})
OPTIONAL MATCH (role:Role {id: $role})
OPTIONAL MATCH (cohort:Cohort {id: $cohort})
RETURN coalesce(meta.version, 0) AS version,
       ($role IS NULL OR role IS NOT NULL) AS roleFound,
       ($cohort IS NULL OR cohort IS NOT NULL) AS cohortFound,
       COLLECT {
         // Start from the cohort or the role when one is given (one of the three branches runs): filtering
         // every person by membership cost 0.6 s at 50,000 people for a 39-person role.
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
                 department: p.department,
                 target: [(p)-[t:TARGETS]->(r:Role) | {role: r.id, since: t.since}][0],
                 evidence: CASE WHEN $evidence THEN [(p)-[:HAS_EVIDENCE]->(e:Evidence)-[:FOR]->(s:Skill) WHERE e.retractedAt IS NULL |
                            {skill: s.id, source: e.source, level: e.level, at: e.at, expiresAt: e.expiresAt}] ELSE [] END,
                 holds: CASE WHEN $evidence THEN [(p)-[h:HOLDS]->(s:Skill) | {skill: s.id, level: h.level, at: h.at}] ELSE [] END,
                 enrolled: CASE WHEN $learning THEN [(p)-[x:ENROLLED]->(m:Module) | {module: m.id, at: x.at}] ELSE [] END,
                 attempts: CASE WHEN $learning THEN [(p)-[x:ATTEMPTED]->(m:Module) |
                           {module: m.id, at: x.at, score: x.score, passed: x.passed}] ELSE [] END,
                 completed: CASE WHEN $learning THEN [(p)-[x:COMPLETED]->(m:Module) | {module: m.id, at: x.at}] ELSE [] END,
                 coachedBy: CASE WHEN $coaching THEN [(c:Person)-[x:COACHES]->(p) |
                             {coach: c.id, since: x.since, endedAt: x.endedAt, skills: x.skills}] ELSE [] END} AS person
       } AS people
