// Everyone's data in the bundle format (people, with their history, and cohorts), in id order, for a full
// export with people. Active coaching pairs only: the bundle format has no ended pairs. No parameters. One row.
RETURN
  COLLECT { MATCH (p:Person) RETURN p {.id, .name, .department, .location, .timezone, .weeklyHours, .pace, .externalIds,
              role: head([(p)-[:IN_ROLE]->(r:Role) | r.id]),
              targetRole: head([(p)-[:TARGETS]->(r:Role) | r.id]),
              targetSince: head([(p)-[t:TARGETS]->(:Role) | t.since]),
              manager: head([(p)-[:REPORTS_TO]->(m:Person) | m.id]),
              coaching: CASE WHEN p.coachingOptIn IS NULL THEN null
                             ELSE {optIn: p.coachingOptIn, capacity: p.coachingCapacity} END,
              coachingPreferences: CASE WHEN p.prefFormat IS NULL AND p.prefLanguages IS NULL AND p.prefTimezone IS NULL
                                             AND p.prefOtherDepartment IS NULL AND p.prefWantsToCoach IS NULL
                                             AND p.prefAvailableFrom IS NULL AND p.prefAvailableUntil IS NULL THEN null
                             ELSE {format: p.prefFormat, languages: p.prefLanguages, timezone: p.prefTimezone,
                                   otherDepartment: p.prefOtherDepartment, wantsToCoach: p.prefWantsToCoach,
                                   availableFrom: p.prefAvailableFrom, availableUntil: p.prefAvailableUntil} END,
              holds: COLLECT { MATCH (p)-[h:HOLDS]->(s:Skill)
                               RETURN {skill: s.id, level: h.level, source: h.source, at: h.at,
                                       confidence: h.confidence, scaleValue: h.scaleValue} ORDER BY s.id },
              completed: COLLECT { MATCH (p)-[c:COMPLETED]->(m:Module)
                                   RETURN {module: m.id, at: c.at, score: c.score} ORDER BY m.id },
              enrolled: COLLECT { MATCH (p)-[e:ENROLLED]->(m:Module) RETURN {module: m.id, at: e.at} ORDER BY m.id },
              earned: COLLECT { MATCH (p)-[e:EARNED]->(b:Badge) RETURN {badge: b.id, at: e.at} ORDER BY b.id },
              coaches: COLLECT { MATCH (p)-[c:COACHES]->(l:Person) WHERE c.endedAt IS NULL
                                 RETURN {learner: l.id, since: c.since, skills: c.skills} ORDER BY l.id },
              evidence: COLLECT { MATCH (p)-[:HAS_EVIDENCE]->(e:Evidence)-[:FOR]->(s:Skill)
                                  WHERE e.retractedAt IS NULL
                                  RETURN {skill: s.id, source: e.source, level: e.level, at: e.at, score: e.score,
                                          confidence: e.confidence, expiresAt: e.expiresAt}
                                  ORDER BY s.id, e.at, e.source, e.level, e.id },
              attempts: COLLECT { MATCH (p)-[a:ATTEMPTED]->(m:Module)
                                  RETURN {module: m.id, at: a.at, score: a.score, passed: a.passed}
                                  ORDER BY m.id, a.at },
              roleHistory: COLLECT { MATCH (p)-[h:HELD_ROLE]->(r:Role)
                                     RETURN {role: r.id, from: h.from, to: h.to} ORDER BY h.from, r.id }}
            ORDER BY p.id } AS people,
  COLLECT { MATCH (c:Cohort) RETURN c {.id, .name, .description,
              members: COLLECT { MATCH (p:Person)-[:MEMBER_OF]->(c) RETURN p.id ORDER BY p.id },
              segments: COLLECT { MATCH (c)-[:HAS_SEGMENT]->(s:Segment)
                                  RETURN {id: s.id, name: s.name, description: s.description,
                                          readiness: {min: s.readinessMin, max: s.readinessMax},
                                          roleLevel: {min: s.roleLevelMin, max: s.roleLevelMax},
                                          targetRoles: s.targetRoles, paces: s.paces} ORDER BY s.id }}
            ORDER BY c.id } AS cohorts
